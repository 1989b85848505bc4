"""Editorial corrections (`corrections.yml`): each operation, each bad entry, the merge lists, a build."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest

from articles import ferry_article, river_article
from newsroom.corrections import Corrections, apply_corrections, correct_articles, parse_corrections
from newsroom.data.extraction import article_json
from newsroom.load import Message
from newsroom.merge import merge_articles
from newsroom.model import Article, Corrected, Person
from newsroom.pipeline import extract_text
from newsroom.site import site_files
from projects import ROOT, make_project, mkdocs_build


# The river article corrected by `text` (its seed is `river-towns.txt`), with the problems found.
def _corrected(text: str, *articles: Article) -> tuple[Article, list[str]]:
    applied = apply_corrections(list(articles) or [river_article()], parse_corrections(text))
    return applied.articles[0], [f"{problem.line}: {problem.text}" for problem in applied.problems]


def test_a_quote_is_given_to_another_speaker_and_marked_with_the_old_one() -> None:
    article, problems = _corrected("articles:\n  river-towns.txt:\n    quotes:\n"
                                   "      - quote: CHEAPER than\n        speaker: Ana Lima\n")
    assert problems == []
    quote = article.quotes[0]
    assert (quote.speaker and quote.speaker.name, quote.speaker and quote.speaker.kind) == ("Ana Lima", "person")
    assert quote.corrected == Corrected("speaker", "Joana Ribeiro-Câmara", 4)
    assert article.quotes[1].corrected is None
    assert river_article().quotes[0].speaker is not None  # the original article is never changed


def test_a_quote_given_to_someone_new_makes_them_a_person_of_the_article_once() -> None:
    before = [p.name for p in river_article().people]
    article, _ = _corrected("articles:\n  river-towns.txt:\n    quotes:\n"
                            "      - quote: CHEAPER than\n        speaker: Ana Lima\n"
                            "      - quote: long overdue\n        speaker: ana lima\n")
    assert [p.name for p in article.people] == [*before, "Ana Lima"]
    known, _ = _corrected("articles:\n  river-towns.txt:\n    quotes:\n"
                          "      - quote: long overdue\n        speaker: Joana Ribeiro-Câmara\n")
    assert [p.name for p in known.people] == before
    by_organisation, _ = _corrected("articles:\n  river-towns.txt:\n    quotes:\n"
                                    "      - quote: CHEAPER than\n        speaker: SRC\n")
    assert [p.name for p in by_organisation.people] == before


def test_a_quote_given_to_an_organisation_of_the_article_is_said_by_that_organisation() -> None:
    article, _ = _corrected("articles:\n  river-towns.txt:\n    quotes:\n      - quote: long overdue\n        speaker: SRC\n")
    assert article.quotes[2].speaker is not None
    assert (article.quotes[2].speaker.name, article.quotes[2].speaker.kind) == ("Southern Rivers Council", "organisation")


def test_a_quote_and_a_statement_are_removed() -> None:
    article, problems = _corrected("articles:\n  river-towns.txt:\n    quotes:\n"
                                   "      - quote: long overdue\n        remove: true\n"
                                   "      - quote: surveys would start\n        remove: true\n")
    assert problems == []
    assert [q.text for q in article.quotes] == [q.text for q in river_article().quotes[:2]]
    assert len(article.statements) == 1
    assert [c.line for c in article.corrections] == [4, 6]


def test_an_organisation_gets_a_role_is_removed_or_is_added_with_its_mentions() -> None:
    article, problems = _corrected(
        "articles:\n  river-towns.txt:\n    organisations:\n"
        "      - name: delta farmers\n        role: participant\n"
        "      - name: Lagoa\n        remove: true\n"
        "      - add: River Towns Water Summit\n        role: organiser\n"
    )
    assert problems == []
    names = [(o.name, o.roles) for o in article.organisations]
    assert names == [("Southern Rivers Council", ["organiser"]), ("Delta Farmers' Cooperative", ["participant"]),
                     ("River Towns Water Summit", ["organiser"])]
    assert article.organisations[1].corrected == Corrected("role", "mentioned", 4)
    added = article.organisations[2]
    assert added.corrected == Corrected("added", None, 8)
    assert [article.text[m.start : m.end] for m in added.mentions] == ["River Towns Water Summit"]


def test_an_event_gets_a_date_no_date_or_is_removed() -> None:
    article, problems = _corrected(
        "articles:\n  river-towns.txt:\n    events:\n"
        "      - event: 2 april\n        date: 2024-04-02\n"
        "      - event: in 2019\n        date: null\n"
        "      - event: september\n        remove: true\n"
    )
    assert problems == []
    assert [(e.date_text, e.date) for e in article.events] == [
        ("14 March 2024", "2024-03-14"), ("2 April", "2024-04-02"), ("2019", None), (None, None)
    ]
    assert article.events[1].corrected == Corrected("date", "--04-02", 4)
    assert article.events[2].corrected == Corrected("date", "2019", 6)


def test_a_person_is_removed() -> None:
    article, problems = _corrected("articles:\n  river-towns.txt:\n    people:\n      - name: ribeiro\n        remove: true\n")
    assert (article.people, problems) == ([], [])


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("articles:\n  river-towns.txt:\n    quotes:\n      - quote: sandbags\n        speker: Ana\n",
         "5: unknown key `speker` in a `quotes:` entry; did you mean `speaker`?"),
        ("colours: []\n", "1: unknown key `colours` in the file; the keys are `articles`, `people`, `organisations`"),
        ("articles:\n  lake.txt:\n    people: []\n",
         "2: there is no seed `lake.txt` in the seeds folder; write its file name as in the seeds folder, or remove its entry"),
        ("articles:\n  river-towns.txt:\n    quotes:\n      - quote: harbour\n        remove: true\n",
         "4: `quote: harbour` matches no quote or statement of river-towns.txt; if the seed was edited, copy a few "
         "words of the item from its page again, or remove the entry"),
        ("articles:\n  river-towns.txt:\n    quotes:\n      - quote: the\n        remove: true\n",
         "4: `quote: the` matches 2 quotes or statements of river-towns.txt: “Every family should know where the "
         "wate…”, “the first maps would appear before the…”; add words until it matches one"),
        ("articles:\n  river-towns.txt:\n    organisations:\n      - name: Lagoa\n        role: host\n",
         "5: `role: host` is not a role; use organiser, supporter, participant, mentioned"),
        ("articles:\n  river-towns.txt:\n    events:\n      - event: 2019\n        date: 2019-02-30\n",
         "5: `date: 2019-02-30` is not a date; use YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD or null"),
        ("articles:\n  river-towns.txt:\n    quotes:\n      - quote: [never closed\n",
         "5: is not valid YAML (expected ',' or ']', but got '<stream end>'); fix the syntax there"),
        ("articles:\n  river-towns.txt:\n    events:\n      - event: 2019\n",
         "4: this entry needs exactly one of `date:` or `remove:`"),
        ("people:\n  - same: [Joana Ribeiro-Câmara]\n",
         "2: `same:` takes a list of two names or more, as `[Name One, Name Two]`"),
        ("organisations:\n  - same: [SRC, Tidewater Authority]\n",
         "2: `Tidewater Authority` is no organisation of any article; write it as a page shows it, or remove it"),
    ],
)
def test_a_bad_entry_is_one_problem_with_its_line_and_what_to_do(text: str, problem: str) -> None:
    assert _corrected(text)[1] == [problem]


def test_a_bad_entry_is_left_out_and_the_others_apply() -> None:
    article, problems = _corrected("articles:\n  river-towns.txt:\n    organisations:\n"
                                   "      - name: Lagoa\n        role: host\n"
                                   "      - name: Delta\n        role: supporter\n")
    assert [o.roles for o in article.organisations] == [["organiser"], ["supporter"], ["supporter"]]
    assert [p.split(":")[0] for p in problems] == ["5"]


def test_a_picker_that_no_longer_matches_after_a_seed_edit_warns(tmp_path: Path) -> None:
    corrections = tmp_path / "corrections.yml"
    corrections.write_text("articles:\n  river-towns.txt:\n    quotes:\n      - quote: sandbags\n        remove: true\n")
    said: list[Message] = []
    assert correct_articles([river_article()], corrections, said.append).problems == []
    edited = dataclasses.replace(river_article(), quotes=river_article().quotes[1:])
    correct_articles([edited], corrections, said.append, "corrections.yml")
    assert [m.level for m in said] == ["warning"]
    assert said[0].text.startswith("corrections.yml:4: `quote: sandbags` matches no quote or statement")


def test_a_missing_file_is_no_correction(tmp_path: Path) -> None:
    said: list[Message] = []
    applied = correct_articles([river_article()], tmp_path / "corrections.yml", said.append)
    assert (applied.articles, said) == ([river_article()], [])


def test_correction_text_is_escaped_wherever_it_lands() -> None:
    hostile = "<script>x</script> [a](javascript:y) {{ 7*7 }}"
    article, _ = _corrected(f"articles:\n  river-towns.txt:\n    quotes:\n      - quote: sandbags\n        speaker: '{hostile}'\n")
    pages = {path: text.split("\n---\n", 1)[-1] for path, text in site_files([article]).items() if path.endswith(".md")}
    assert any("Ana" not in body and "&#60;script&#62;x" in body for body in pages.values())
    for path, body in pages.items():
        assert "<script>x" not in body and "](javascript:" not in body and "{{" not in body, path


# Two articles with differently written people and organisations (invented text, extracted by hand).
def _two_articles() -> list[Article]:
    river = river_article()
    ferry = ferry_article()
    ferry = dataclasses.replace(
        ferry,
        people=[Person("J. Ribeiro-Câmara", "hydrologist", None, [])],
        organisations=[dataclasses.replace(ferry.organisations[0], name="Southern River Board", acronym=None)],
    )
    return [river, ferry]


def test_same_lists_merge_people_and_organisations_the_rules_keep_apart() -> None:
    articles = _two_articles()
    merged = merge_articles(articles)
    assert len(merged.people.groups) == 2 and len(merged.organisations.groups) == 4
    steering = parse_corrections(
        "people:\n  - same: [Joana Ribeiro-Câmara, J. Ribeiro-Câmara]\n"
        "organisations:\n  - same: [SRC, Southern River Board]\n"
    ).steering
    steered = merge_articles(articles, steering)
    assert [len(g.members) for g in steered.people.groups] == [2]
    council = steered.organisations.group_of(0, 0)
    assert council is steered.organisations.group_of(1, 0) and len(steered.organisations.groups) == 3


def test_different_lists_keep_apart_what_the_rules_merge() -> None:
    articles = [river_article(), ferry_article()]
    by_rules = merge_articles(articles).organisations
    assert by_rules.group_of(0, 0) is by_rules.group_of(1, 0)
    articles[1] = dataclasses.replace(
        articles[1], organisations=[dataclasses.replace(articles[1].organisations[0], acronym="SRCO")]
    )
    steering = parse_corrections("organisations:\n  - different: [SRC, SRCO]\n").steering
    steered = merge_articles(articles, steering).organisations
    assert steered.group_of(0, 0) is not steered.group_of(1, 0)


# An article of our own whose extraction has a quote given to the wrong speaker, roles left
# as `mentioned`, a missed organisation and a month the editor knows the day of.
PACT = """Lakeside towns sign water pact

VELMORA, June 9, 2023 - The Lakeside Towns Association signed a water-sharing pact on Thursday with the Riverbend Water Board, in a ceremony hosted by the Velmora Civic Trust.

"We have waited ten years for this," said Ines Darrow, the association's chair. Officials called the deal a "historic handshake" between the towns.

"Nobody will go dry again," added the board's engineer, Tomas Greer, who will oversee the first pumping season.

The pact takes effect on 1 July, and Marta Ocampo of Lake Services said crews were ready. Pumping starts in August.
"""
PACT_CORRECTIONS = """articles:
  pact.txt:
    quotes:
      - quote: go dry
        speaker: Tomas Greer
    organisations:
      - name: Lakeside Towns
        role: organiser
      - name: Riverbend
        role: participant
      - add: Lake Services
        role: participant
    events:
      - event: in August
        date: 2023-08-14
"""
PACT_GOLD = {
    "quotes": [("We have waited ten years for this,", "Ines Darrow"), ("Nobody will go dry again,", "Tomas Greer")],
    "organisations": [("Lakeside Towns Association", ["organiser"]), ("Riverbend Water Board", ["participant"]),
                      ("Velmora Civic Trust", ["organiser"]), ("Lake Services", ["participant"])],
    "events": [("on Thursday", "2023-06-08"), ("1 July", "2023-07-01"), ("in August", "2023-08-14")],
    "people": ["Ines Darrow", "Tomas Greer", "Marta Ocampo"],
}


# The parts of an article's extraction the gold gives.
def _as_gold(article: Article) -> dict[str, list[object]]:
    data = article_json(article, inline_sentences=True)
    return {
        "quotes": [(q["text"], q["speaker"]) for q in data["quotes"]],
        "organisations": [(o["name"], o["roles"]) for o in data["organisations"]],
        "events": [(e["date_text"], e["date"]) for e in data["events"]],
        "people": [p["name"] for p in data["people"]],
    }


def test_corrections_turn_an_extraction_into_its_gold() -> None:
    extracted = extract_text(PACT, "seeds/pact.txt")
    assert _as_gold(extracted) != PACT_GOLD
    applied = apply_corrections([extracted], parse_corrections(PACT_CORRECTIONS))
    assert applied.problems == []
    assert _as_gold(applied.articles[0]) == PACT_GOLD


def test_check_prints_each_entry_and_each_problem(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"pact.txt": PACT.encode()})
    (project / "corrections.yml").write_text(PACT_CORRECTIONS + "      - event: in May\n        remove: true\n")
    done = subprocess.run([sys.executable, "-m", "newsroom", "corrections", "check"], cwd=project, capture_output=True,
                          text=True, env={"PYTHONPATH": str(ROOT / "hooks")}, check=False)
    assert done.returncode == 1
    out = done.stdout.splitlines()
    assert out[0] == ("corrections.yml:4: seeds/pact.txt: quote “Nobody will go dry again,” (¶4) given to Tomas Greer; "
                      "the extractors said: Riverbend Water Board")
    assert [line.split(":")[1] for line in out] == ["4", "7", "9", "11", "14"]
    assert done.stderr.splitlines() == [
        "warning: corrections.yml:16: `event: in May` matches no event of pact.txt; if the seed was edited, copy a few "
        "words of the item from its page again, or remove the entry",
        "5 correction(s) in force, 1 problem(s)",
    ]


@pytest.fixture(scope="module")
def corrected_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes], subprocess.CompletedProcess[str]]:
    """A project built with the pact corrections: (project, its seeds before the build, the build)."""
    seeds = {"pact.txt": PACT.encode(), "pact-later.txt": PACT.replace("Ines Darrow", "Ines M. Darrow").encode()}
    project = make_project(tmp_path_factory.mktemp("corrected"), seeds)
    (project / "corrections.yml").write_text(PACT_CORRECTIONS + "people:\n  - same: [Ines Darrow, Ines M. Darrow]\n")
    return project, seeds, mkdocs_build(project, "--strict")


def test_a_build_shows_corrected_items_everywhere(
    corrected_build: tuple[Path, dict[str, bytes], subprocess.CompletedProcess[str]],
) -> None:
    project, seeds, build = corrected_build
    assert build.returncode == 0, build.stderr
    site = project / "site"
    article = (site / "articles/pact/index.html").read_text(encoding="utf-8")
    assert 'title="Corrected by the editor&#58; the extractors said speaker&#58; Riverbend Water Board"' in article
    assert "Corrected by the editor&#58; added by the editor" in (site / "organisers/index.html").read_text(encoding="utf-8")
    timeline = (site / "timeline/2023/index.html").read_text(encoding="utf-8")  # the year page holds its events
    assert "the extractors said date&#58; 2023&#45;08" in timeline
    assert "Tomas Greer" in (site / "quotes/index.html").read_text(encoding="utf-8")
    data = json.loads((site / "data/extraction.json").read_text(encoding="utf-8"))
    quote = next(a for a in data["articles"] if a["seed"] == "seeds/pact.txt")["quotes"][1]
    assert (quote["speaker"], quote["corrected"]) == ("Tomas Greer", {"change": "speaker", "was": "Riverbend Water Board", "line": 4})
    assert "the extractors said date: 2023-08" in (site / "data/events.csv").read_text(encoding="utf-8")
    assert "the extractors said speaker: Riverbend Water Board" in (site / "data/quotes.csv").read_text(encoding="utf-8")
    assert "the extractors said date: 2023-08" in (site / "data/timeline.json").read_text(encoding="utf-8")
    corrections = (site / "corrections/index.html").read_text(encoding="utf-8")
    assert corrections.count('class="nr-correction"') == 5 + 1
    assert 'href="../articles/pact/#p4"' in corrections
    speakers = sorted(path.parent.name for path in (site / "speakers").glob("*/index.html"))
    assert [name for name in speakers if "darrow" in name] == ["ines-m-darrow"]  # one person across the two articles
    assert (site / "speakers/ines-m-darrow/index.html").read_text(encoding="utf-8").count("nr-words-text\">“We have waited") == 2
    for name, content in seeds.items():
        assert (project / "seeds" / name).read_bytes() == content


def test_strict_fails_on_a_bad_entry_and_a_plain_build_applies_the_rest(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"pact.txt": PACT.encode()})
    (project / "corrections.yml").write_text(PACT_CORRECTIONS.replace("role: organiser", "role: boss"))
    strict = mkdocs_build(project, "--strict")
    line = ("WARNING -  newsroom: corrections.yml:8: `role: boss` is not a role; "
            "use organiser, supporter, participant, mentioned")
    assert strict.returncode == 1 and line in strict.stderr
    assert "Traceback" not in strict.stderr
    plain = mkdocs_build(project)
    assert plain.returncode == 0 and line in plain.stderr
    data = json.loads((project / "site/data/extraction.json").read_text(encoding="utf-8"))
    assert data["articles"][0]["quotes"][1]["speaker"] == "Tomas Greer"
    assert (project / "seeds/pact.txt").read_bytes() == PACT.encode()


def test_the_corrections_option_names_another_file(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"pact.txt": PACT.encode()})
    (project / "editor.yml").write_text("articles:\n  nowhere.txt: {}\n")
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(config.replace("    seeds: seeds\n", "    seeds: seeds\n    corrections: editor.yml\n"))
    build = mkdocs_build(project)
    assert "newsroom: editor.yml:2: there is no seed `nowhere.txt`" in build.stderr


def test_parsing_keeps_entries_in_file_order() -> None:
    parsed = parse_corrections(PACT_CORRECTIONS)
    assert isinstance(parsed, Corrections)
    assert [(fix.line, fix.action) for fixes in parsed.articles for fix in fixes.fixes] == [
        (4, "speaker"), (7, "role"), (9, "role"), (11, "add"), (14, "date")
    ]


def test_an_event_is_picked_by_words_of_its_sentence_or_its_date_words_among_those() -> None:
    by_sentence, problems = _corrected("articles:\n  river-towns.txt:\n    events:\n"
                                       "      - event: first summit took place\n        date: 2019-05\n")
    assert problems == [] and by_sentence.events[2].date == "2019-05"
    _, ambiguous = _corrected("articles:\n  river-towns.txt:\n    events:\n"
                              "      - event: follow-up meeting\n        remove: true\n")
    assert ambiguous == ["4: `event: follow-up meeting` matches 2 events of river-towns.txt: “September”, "
                         "“Organisers say a follow-up meeting is p…”; add words until it matches one"]
