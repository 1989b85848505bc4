"""Issue 16's corrections, adapted to the real seed, in a build: every page and export shows them.

The project holds `seeds/celac-china-forum.txt` as shipped and a short article of our own that
names the same person by surname alone, a namesake of a speaker the editor adds, and a ship the
extractors take for a person.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from projects import ROOT, make_project, mkdocs_build

SEED = "celac-china-forum.txt"
NETWORK = """Think tanks plan a joint research agenda

MEXICO CITY, September 20, 2021 - A. Bárcena, who leads ECLAC, told researchers on Monday that the new network of regional think tanks should publish its first joint study next year.

"We need evidence that travels across borders," A. Bárcena said at the meeting, which the Association of Universities of Latin America and the Caribbean (UDUAL) hosted.

Network coordinator Ruben Ostrander said the group would meet again in March 2022. "Our members are ready to share their data," Ostrander added.

The delegates later toured the research vessel Marta Sol, which carries the network's ocean survey team.
"""
CORRECTIONS = """articles:
  celac-china-forum.txt:
    quotes:
      - quote: long-term vision and clarity
        speaker: Dr Ruben Ostrander
    organisations:
      - name: Latin American Institute
        role: supporter
      - name: CASS
        remove: true
      - add: United Nations
        role: participant
    events:
      - event: September 18
        date: 2021-09-18
      - event: co-organised
        remove: true
  think-tank-network.txt:
    people:
      - name: Marta Sol
        remove: true
people:
  - same: [Alicia Bárcena, Bárcena]
  - different: [Dr Ruben Ostrander, Ruben Ostrander]
"""
MARK = 'title="Corrected by the editor&#58; '


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes], subprocess.CompletedProcess[str]]:
    """The real seed and our article built with the corrections: (project, its seeds, the build)."""
    seeds = {SEED: (ROOT / "seeds" / SEED).read_bytes(), "think-tank-network.txt": NETWORK.encode()}
    project = make_project(tmp_path_factory.mktemp("seed-corrected"), seeds)
    (project / "corrections.yml").write_text(CORRECTIONS, encoding="utf-8")
    return project, seeds, mkdocs_build(project, "--strict")


# A built page's text.
def _page(project: Path, path: str) -> str:
    return (project / "site" / path).read_text(encoding="utf-8")


def test_the_build_applies_every_entry_without_a_warning(
    seed_build: tuple[Path, dict[str, bytes], subprocess.CompletedProcess[str]],
) -> None:
    project, seeds, build = seed_build
    assert build.returncode == 0, build.stderr
    assert "corrections.yml" not in build.stderr
    assert _page(project, "corrections/index.html").count('class="nr-correction"') == 7 + 2  # and the two lists
    for name, content in seeds.items():
        assert (project / "seeds" / name).read_bytes() == content


def test_pages_show_the_corrected_speaker_role_date_and_added_organisation_marked(
    seed_build: tuple[Path, dict[str, bytes], subprocess.CompletedProcess[str]],
) -> None:
    project, _, _ = seed_build
    article = _page(project, "articles/celac-china-forum/index.html")
    for said in ("speaker&#58; Alicia Bárcena", "role&#58; organiser", "date&#58; &#45;&#45;09&#45;18"):
        assert f"{MARK}the extractors said {said}\"" in article
    assert f"{MARK}added by the editor; the extractors missed it\"" in article
    speaker = _page(project, "speakers/dr-ruben-ostrander/index.html")
    assert "long-term vision and clarity" in speaker and f"{MARK}the extractors said speaker&#58; Alicia Bárcena\"" in speaker
    assert "long-term vision and clarity" not in _page(project, "speakers/alicia-barcena/index.html")
    institute = _page(project, "organisers/latin-american-institute/index.html")
    assert f"{MARK}the extractors said role&#58; organiser\"" in institute
    assert f"{MARK}added by the editor; the extractors missed it\"" in _page(project, "organisers/united-nations/index.html")
    year = _page(project, "timeline/2021/index.html")
    assert f"{MARK}the extractors said date&#58; &#45;&#45;09&#45;18\"" in year


def test_removed_items_are_gone_and_the_merge_lists_hold(
    seed_build: tuple[Path, dict[str, bytes], subprocess.CompletedProcess[str]],
) -> None:
    project, _, _ = seed_build
    organisers = sorted(path.parent.name for path in (project / "site/organisers").glob("*/index.html"))
    assert "cass" not in organisers and "chinese-academy-of-social-sciences" not in organisers
    assert "bureau-of-international-cooperation-of-the-chinese-academy-of-social-sciences" in organisers
    speakers = sorted(path.parent.name for path in (project / "site/speakers").glob("*/index.html"))
    assert speakers == ["alicia-barcena", "dr-ruben-ostrander", "ruben-ostrander"]  # one Bárcena, two Ostranders
    assert "We need evidence that travels across borders" in _page(project, "speakers/alicia-barcena/index.html")
    corrections = _page(project, "corrections/index.html")
    for summary in ("person Marta Sol removed&#58; not a person", "(¶4) removed&#58; not an event",
                    "organisation Chinese Academy of Social Sciences removed&#58;",
                    "Alicia Bárcena, Bárcena&#58; one person, named in 2 article(s)",
                    "Dr Ruben Ostrander, Ruben Ostrander&#58; different people, never merged"):
        assert summary in corrections


def test_exports_carry_the_corrected_facts_and_what_the_extractors_said(
    seed_build: tuple[Path, dict[str, bytes], subprocess.CompletedProcess[str]],
) -> None:
    project, _, _ = seed_build
    data = json.loads(_page(project, "data/extraction.json"))
    forum, network = sorted(data["articles"], key=lambda article: article["seed"])
    quote = next(q for q in forum["quotes"] if q["text"].startswith("a long-term vision"))
    assert (quote["speaker"], quote["corrected"]) == ("Dr Ruben Ostrander", {"change": "speaker", "was": "Alicia Bárcena", "line": 4})
    assert [p["name"] for p in forum["people"]] == ["Alicia Bárcena", "Dr Ruben Ostrander"]
    corrected = {o["name"]: (o["roles"], o["corrected"]) for o in forum["organisations"] if "corrected" in o}
    assert corrected == {
        "Latin American Institute": (["supporter"], {"change": "role", "was": "organiser", "line": 7}),
        "United Nations": (["participant"], {"change": "added", "was": None, "line": 11}),
    }
    assert "Chinese Academy of Social Sciences" not in [o["name"] for o in forum["organisations"]]
    assert [(e["date"], e["corrected"]) for e in forum["events"]] == [("2021-09-18", {"change": "date", "was": "--09-18", "line": 14})]
    assert [p["name"] for p in network["people"]] == ["Ruben Ostrander", "Bárcena"]
    assert len(forum["corrections"]) == 6 and len(network["corrections"]) == 1
    assert "Dr Ruben Ostrander,person,partial,a long-term vision" in _page(project, "data/quotes.csv")
    assert "the extractors said speaker: Alicia Bárcena" in _page(project, "data/quotes.csv")
    organisations = _page(project, "data/organisations.csv").splitlines()
    assert any(row.startswith("Latin American Institute,,,supporter,") and row.endswith("the extractors said role: organiser")
               for row in organisations)
    assert any(row.startswith("United Nations,") and row.endswith("added by the editor; the extractors missed it")
               for row in organisations)
    assert not any(row.startswith("Chinese Academy of Social Sciences,") for row in organisations)
    events = _page(project, "data/events.csv")
    assert "2021-09-18," in events and events.count("the extractors said date: --09-18") == 1
    timeline = json.loads(_page(project, "data/timeline.json"))
    september = [e for e in timeline["events"] if e["start_date"]["year"] == "2021" and e["start_date"].get("day") == "18"]
    assert len(september) == 1 and "the extractors said date: --09-18" in september[0]["text"]["text"]
