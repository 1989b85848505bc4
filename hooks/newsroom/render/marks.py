"""Render a stretch of article text with marked spans (quotes, mentions) as safe HTML.

Spans may nest or overlap (a mention inside a quote, a quote inside a reported
statement); tags are closed and reopened so the HTML always nests properly.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from .escape import md_escape


@dataclass(frozen=True)
class Span:
    """A stretch `[start, end)` of the article text wrapped in one element."""

    start: int
    end: int
    tag: str
    attributes: tuple[tuple[str, str], ...]

    @property
    def opening(self) -> Markup:
        """The opening tag; attribute values are escaped unless already Markup."""
        return Markup(self.opening_html)

    @property
    def closing(self) -> Markup:
        """The closing tag."""
        return Markup(f"</{self.tag}>")

    @property
    def opening_html(self) -> str:
        """The opening tag as a plain string (`mark_text` joins many before marking them safe)."""
        attributes = "".join(
            f' {name}="{value if isinstance(value, Markup) else md_escape(value)}"' for name, value in self.attributes
        )
        return f"<{self.tag}{attributes}>"


@dataclass(frozen=True)
class Insert:
    """Ready HTML placed at one offset, after the spans that end there."""

    offset: int
    html: Markup


def span(start: int, end: int, tag: str, class_: str, **attributes: str) -> Span:
    """Return a `Span` whose `class` is trusted (class names come from code) and whose other
    attributes are escaped."""
    return Span(start, end, tag, (("class", Markup(escape(class_))), *attributes.items()))


# Links never nest: an overlapping later link is dropped, the earlier longer one kept.
def _without_nested_links(spans: list[Span]) -> list[Span]:
    kept: list[Span] = []
    for candidate in spans:
        clashes = candidate.tag == "a" and any(
            other.tag == "a" and other.start < candidate.end and candidate.start < other.end for other in kept
        )
        if not clashes:
            kept.append(candidate)
    return kept


# Close every open span that ends at `offset`, reopening the ones closed on the way.
def _close_ending(stack: list[Span], offset: int, out: list[str]) -> None:
    reopen: list[Span] = []
    while any(open_span.end == offset for open_span in stack):
        closed = stack.pop()
        out.append(f"</{closed.tag}>")
        if closed.end != offset:
            reopen.append(closed)
    for again in reversed(reopen):
        out.append(again.opening_html)
        stack.append(again)


def mark_text(
    text: str, start: int, end: int, spans: list[Span], inserts: list[Insert] | None = None
) -> Markup:
    """Return `text[start:end]` as HTML, all of it escaped, with the given spans (clipped to that
    range) wrapped in their tags."""
    clipped = [
        s if start <= s.start and s.end <= end else Span(max(s.start, start), min(s.end, end), s.tag, s.attributes)
        for s in sorted(spans, key=lambda s: (s.start, -s.end))
        if max(s.start, start) < min(s.end, end)
    ]
    clipped = _without_nested_links(clipped)
    opening: dict[int, list[Span]] = {}
    for marked in clipped:
        opening.setdefault(marked.start, []).append(marked)
    placed: dict[int, list[Markup]] = {}
    for insert in inserts or []:
        if start <= insert.offset <= end:
            placed.setdefault(insert.offset, []).append(insert.html)
    offsets = sorted({start, end, *opening, *(s.end for s in clipped), *placed})
    out: list[str] = []
    stack: list[Span] = []
    for position, offset in enumerate(offsets):
        _close_ending(stack, offset, out)
        out.extend(placed.get(offset, ()))
        for marked in opening.get(offset, ()):
            out.append(marked.opening_html)
            stack.append(marked)
        if position + 1 < len(offsets):
            out.append(md_escape(text[offset : offsets[position + 1]]))
    return Markup("".join(out))
