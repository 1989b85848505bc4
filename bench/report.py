"""The benchmark's results as a plain-text table."""

from __future__ import annotations

from typing import Any

# Rows of the table: label and how to read the figure from one size's results.
ROWS: list[tuple[str, str]] = [
    ("pages", "{pages}"),
    ("build with hooks (s, median)", "{build_seconds:.2f}"),
    ("plain MkDocs, one-entry nav (s)", "{plain_seconds:.2f}"),
    ("  ratio", "{ratio:.2f}"),
    ("floor: plain MkDocs, one page per article (s)", "{floor_seconds:.2f}"),
    ("  ratio (≤ 1.5)", "{floor_ratio:.2f}"),
    ("hooks' share (< 15%)", "{hooks_share:.1%}"),
    ("  extraction (s)", "{extraction_seconds:.2f}"),
    ("  rendering (s)", "{rendering_seconds:.2f}"),
    ("  search folding (s)", "{search_folding_seconds:.2f}"),
    ("extraction per article, alone (ms, median; < 10)", "{extraction_alone_median_ms:.2f}"),
    ("  processor time (ms, median)", "{extraction_alone_median_cpu_ms:.2f}"),
    ("extraction per article, in the build (ms)", "{extraction_median_ms:.2f}"),
    ("  processor time (ms, median)", "{extraction_median_cpu_ms:.2f}"),
    ("processor time with hooks (s)", "{build_cpu_seconds:.2f}"),
    ("processor time plain (s)", "{plain_cpu_seconds:.2f}"),
    ("  ratio", "{cpu_ratio:.2f}"),
    ("processor time floor (s)", "{floor_cpu_seconds:.2f}"),
    ("  ratio", "{floor_cpu_ratio:.2f}"),
    ("  hooks' share", "{hooks_cpu_share:.1%}"),
    ("peak memory with hooks (MB)", "{peak_memory_mb:.0f}"),
    ("peak memory plain (MB)", "{plain_peak_memory_mb:.0f}"),
    ("largest page (KB; ≤ 300)", "{largest_page_kb:.0f}"),
    ("search index (KB)", "{search_index_kb:.0f}"),
    ("  over the seeds' text (≤ 1.3)", "{index_to_text:.2f}"),
    ("  the floor's over the seeds' text", "{floor_index_to_text:.2f}"),
    ("first search result after page load (s)", "{first_search}"),
    ("  later queries (ms, median)", "{later_queries}"),
    ("every article in the nav (s)", "{full_nav}"),
    ("serve rebuild after one edit (s)", "{serve}"),
    ("  seeds extracted on rebuild", "{serve_extracted}"),
]


# The figures of one size with the optional ones spelled out.
def _figures(entry: dict[str, Any]) -> dict[str, Any]:
    serve = entry.get("serve_rebuild") or {}
    search = entry.get("search") or {}
    searched = "first_query_seconds" in search
    return {
        **entry,
        "search_index_kb": entry["search_index_bytes"] / 1024,
        "largest_page_kb": entry["largest_page_bytes"] / 1024,
        "first_search": f"{search['load_to_first_results_seconds']:.2f}" if searched else "–",
        "later_queries": f"{search['query_median_seconds'] * 1000:.0f}" if searched else "–",
        "full_nav": f"{entry['full_nav_seconds']:.2f}" if "full_nav_seconds" in entry else "–",
        "serve": f"{serve['seconds']:.2f}" if serve else "–",
        "serve_extracted": f"{serve['extracted']} of {entry['articles']}" if serve else "–",
    }


def table(results: dict[str, Any]) -> str:
    """Return the results as an aligned text table.

    One column per size, one row per figure, then the cross-size figures.
    """
    sizes = [_figures(entry) for entry in results["sizes"]]
    header = ["articles", *(f"{entry['articles']:,}" for entry in sizes)]
    rows = [header] + [[label, *(form.format(**entry) for entry in sizes)] for label, form in ROWS]
    width = max(len(row[0]) for row in rows)
    columns = [max(len(row[i]) for row in rows) for i in range(1, len(header))]
    lines = [
        "  ".join([row[0].ljust(width), *(cell.rjust(columns[i]) for i, cell in enumerate(row[1:]))])
        for row in rows
    ]
    if "growth_100_to_1000" in results:
        lines.append(f"\nbuild time from 100 to 1,000 articles: ×{results['growth_100_to_1000']:.1f} (≤ 11)")
    return "\n".join(lines)
