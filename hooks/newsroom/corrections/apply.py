"""Apply the editor's corrections to extracted articles: pure functions, Article in, new Article out.

Cached articles are shared between builds, so nothing here changes one: a
corrected article is a copy with new lists. A picker (`quote:`, `name:`,
`event:`) is a piece of the item's text, compared without case and with
whitespace collapsed, and must pick exactly one item of its kind (an event
by its date's words or its sentence; when several match, the one whose
date's words match, if only one does). A quote given to a person the article
does not list adds them to its people. Each correction in force is recorded on the article
(`Article.corrections`) and on the item it changed (`corrected`); one that
cannot be applied is a `Problem` and the rest still apply.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar, cast

from ..catalogue.excerpts import words_text
from ..load import Message, Report
from ..merge.keys import acronym_key, organisation_key, person_key
from ..merge.steering import NO_STEERING, KindSteering, Steering
from ..model import (
    Article,
    Corrected,
    Correction,
    Event,
    Mention,
    Organisation,
    Person,
    Quote,
    Role,
    Speaker,
    Statement,
)
from .read import ITEM_NAMES, PICKERS, ArticleFixes, Corrections, Fix, Problem, read_corrections

Item = TypeVar("Item")
# How many candidates a picker that matches several items shows, and how long each may be.
CANDIDATES_SHOWN = 3
CANDIDATE_CHARS = 40


@dataclass(frozen=True)
class Applied:
    """The articles with every correction that could be applied, the problems of the others, and
    the editor's word on the merge."""

    articles: list[Article]
    problems: list[Problem]
    steering: Steering = NO_STEERING


def correct_articles(articles: list[Article], path: Path, report: Report, label: str | None = None) -> Applied:
    """Return the articles corrected by the file at `path` (none when it is missing), each problem
    told to `report` as a warning naming the file (as `label`, else its path) and the line: `corrections.yml:12: …`."""
    applied = apply_corrections(articles, read_corrections(path))
    for problem in applied.problems:
        report(Message("warning", f"{label or path}:{problem.line}: {problem.text}"))
    return applied


class _Unapplied(Exception):
    """A correction that cannot be applied to the article as it is now."""


def apply_corrections(articles: list[Article], corrections: Corrections) -> Applied:
    """Return the articles corrected as `corrections` say, in the same order (see the module docstring)."""
    problems = list(corrections.problems)
    by_seed: dict[str, list[ArticleFixes]] = {}
    for fixes in corrections.articles:
        by_seed.setdefault(fixes.seed, []).append(fixes)
    seeds = {seed_name(article) for article in articles}
    for seed, given in by_seed.items():
        if seed not in seeds:
            problems.extend(Problem(fixes.line, f"there is no seed `{seed}` in the seeds folder; write its "
                                    "file name as in the seeds folder, or remove its entry") for fixes in given)
    corrected = []
    for article in articles:
        for fixes in by_seed.get(seed_name(article), []):
            for fix in fixes.fixes:
                try:
                    article = _correct(article, fix)
                except _Unapplied as error:
                    problems.append(Problem(fix.line, str(error)))
        corrected.append(article)
    problems.extend(_unmatched_names(corrected, corrections.steering))
    return Applied(corrected, sorted(problems, key=lambda problem: problem.line), corrections.steering)


def seed_name(article: Article) -> str:
    """Return the file name a corrections file knows an article's seed by (`x.txt` for `seeds/x.txt`)."""
    return PurePosixPath(article.seed).name


# A copy of the article with one correction applied.
def _correct(article: Article, fix: Fix) -> Article:
    if fix.kind == "quotes":
        return _correct_words(article, fix)
    if fix.kind == "organisations":
        return _correct_organisations(article, fix)
    if fix.kind == "events":
        return _correct_events(article, fix)
    return _correct_people(article, fix)


# A quote or statement given to someone else, or removed.
def _correct_words(article: Article, fix: Fix) -> Article:
    said: list[Quote | Statement] = [*article.quotes, *article.statements]
    words = _pick(said, lambda w: [w.text], fix, article)
    noun = "quote" if isinstance(words, Quote) else "statement"
    where = f"{noun} “{_cut(words_text(words))}” (¶{words.paragraph + 1})"
    if fix.action == "remove":
        quotes = [q for q in article.quotes if q is not words]
        statements = [s for s in article.statements if s is not words]
        note = Correction(fix.line, f"{where} removed: not a quote or statement", words.paragraph)
        return _with(article, note, quotes=quotes, statements=statements)
    assert fix.value is not None
    was = words.speaker.name if words.speaker else None
    speaker = _speaker(article, fix.value)
    changed = dataclasses.replace(
        words, speaker=speaker, basis="editor",
        corrected=words.corrected or Corrected("speaker", was, fix.line),
    )
    note = Correction(fix.line, f"{where} given to {fix.value}; the extractors said: {was or 'nobody'}", words.paragraph)
    return _with(
        article, note,
        quotes=[cast(Quote, changed) if q is words else q for q in article.quotes],
        statements=[cast(Statement, changed) if s is words else s for s in article.statements],
        people=_with_speaker(article, speaker),
    )


# The speaker a corrected quote is given to: one of the article's organisations, else a person.
def _speaker(article: Article, name: str) -> Speaker:
    keys = {organisation_key(name), acronym_key(name)}
    for organisation in article.organisations:
        if keys & {organisation_key(organisation.name), acronym_key(organisation.acronym)}:
            return Speaker(organisation.name, "organisation")
    return Speaker(name, "person")


# The article's people, with a person the editor gave words to added when the article has no one of that name.
def _with_speaker(article: Article, speaker: Speaker) -> list[Person]:
    key = person_key(speaker.name)
    if speaker.kind != "person" or any(person_key(person.name) == key for person in article.people):
        return article.people
    return [*article.people, Person(speaker.name, mentions=_mentions(article, speaker.name))]


# An organisation given a role, removed, or added.
def _correct_organisations(article: Article, fix: Fix) -> Article:
    if fix.action == "add":
        return _add_organisation(article, fix)
    found = _pick(article.organisations, lambda o: [o.name, o.acronym or ""], fix, article)
    paragraph = found.mentions[0].paragraph if found.mentions else None
    if fix.action == "remove":
        note = Correction(fix.line, f"organisation {found.name} removed: not an organisation", paragraph)
        return _with(article, note, organisations=[o for o in article.organisations if o is not found])
    assert fix.value is not None
    was = ", ".join(found.roles) or "mentioned"
    changed = dataclasses.replace(
        found, roles=[cast(Role, fix.value)], role_basis="editor",
        corrected=found.corrected or Corrected("role", was, fix.line),
    )
    note = Correction(fix.line, f"organisation {found.name}: role {fix.value}; the extractors said: {was}", paragraph)
    return _with(article, note, organisations=[changed if o is found else o for o in article.organisations])


# An organisation the extractors missed, with every place the article writes its name.
def _add_organisation(article: Article, fix: Fix) -> Article:
    key = organisation_key(fix.pick)
    for organisation in article.organisations:
        if organisation_key(organisation.name) == key:
            raise _Unapplied(f"`add: {fix.pick}`: {seed_name(article)} already has the organisation "
                             f"{organisation.name}; write `name:` and `role:` to change its role")
    mentions = _mentions(article, fix.pick)
    added = Organisation(fix.pick, roles=[cast(Role, fix.value)], mentions=mentions, role_basis="editor",
                         corrected=Corrected("added", None, fix.line))
    paragraph = mentions[0].paragraph if mentions else None
    note = Correction(fix.line, f"organisation {fix.pick} added as {fix.value}", paragraph)
    return _with(article, note, organisations=[*article.organisations, added])


# Every place the article's body writes `name` exactly.
def _mentions(article: Article, name: str) -> list[Mention]:
    found: list[Mention] = []
    start = article.text.find(name, article.body_start)
    while start != -1:
        found.append(Mention(name, start, start + len(name), article.paragraph_at(start).index))
        start = article.text.find(name, start + len(name))
    return found


# An event given another date, or removed.
def _correct_events(article: Article, fix: Fix) -> Article:
    # An event's date words (when it has any), then its sentence.
    def texts(event: Event) -> list[str]:
        return [*([event.date_text] if event.date_text else []), article.text[event.start : event.end]]

    dated = [event for event in article.events if _matches(fix.pick, event.date_text or "")]
    event = _pick(dated if len(dated) == 1 else article.events, texts, fix, article)
    where = f"event “{_cut(event.date_text or article.text[event.start : event.end])}” (¶{event.paragraph + 1})"
    if fix.action == "remove":
        note = Correction(fix.line, f"{where} removed: not an event", event.paragraph)
        return _with(article, note, events=[e for e in article.events if e is not event])
    changed: Event = dataclasses.replace(
        event, date=fix.value, basis="editor" if fix.value else None,
        corrected=event.corrected or Corrected("date", event.date, fix.line),
    )
    note = Correction(fix.line, f"{where}: date {fix.value or 'none'}; the extractors said: {event.date or 'none'}",
                      event.paragraph)
    return _with(article, note, events=[changed if e is event else e for e in article.events])


# A person removed.
def _correct_people(article: Article, fix: Fix) -> Article:
    person = _pick(article.people, lambda p: [p.name], fix, article)
    paragraph = person.mentions[0].paragraph if person.mentions else None
    note = Correction(fix.line, f"person {person.name} removed: not a person", paragraph)
    return _with(article, note, people=[p for p in article.people if p is not person])


# A copy of the article with some lists replaced and one more correction in force.
def _with(article: Article, note: Correction, **lists: Any) -> Article:
    return dataclasses.replace(article, corrections=[*article.corrections, note], **lists)


# The one item whose texts hold the picker; anything else cannot be applied.
def _pick(items: Sequence[Item], texts: Callable[[Item], list[str]], fix: Fix, article: Article) -> Item:
    found = [item for item in items if any(_matches(fix.pick, text) for text in texts(item))]
    said = f"`{PICKERS[fix.kind]}: {fix.pick}`"
    noun, plural = ITEM_NAMES[fix.kind]
    if not found:
        raise _Unapplied(f"{said} matches no {noun} of {seed_name(article)}; if the seed was edited, "
                         "copy a few words of the item from its page again, or remove the entry")
    if len(found) > 1:
        shown = ", ".join(f"“{_cut(texts(item)[0])}”" for item in found[:CANDIDATES_SHOWN])
        more = ", …" if len(found) > CANDIDATES_SHOWN else ""
        raise _Unapplied(f"{said} matches {len(found)} {plural} of {seed_name(article)}: {shown}{more}; "
                         "add words until it matches one")
    return found[0]


# Whether `text` holds the picker, case and runs of whitespace aside.
def _matches(pick: str, text: str) -> bool:
    return " ".join(pick.split()).casefold() in " ".join(text.split()).casefold()


# A text cut for a message or a summary line.
def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= CANDIDATE_CHARS else text[: CANDIDATE_CHARS - 1].rstrip() + "…"


# Names of `same` and `different` lists that no article's person or organisation goes by.
def _unmatched_names(articles: list[Article], steering: Steering) -> list[Problem]:
    if steering == NO_STEERING:
        return []
    people = {person_key(p.name) for article in articles for p in article.people}
    said: list[Quote | Statement] = [q for article in articles for q in article.quotes]
    said += [s for article in articles for s in article.statements]
    speakers = [words.speaker for words in said if words.speaker]
    people |= {person_key(speaker.name) for speaker in speakers}
    organisations = {key for a in articles for o in a.organisations for key in _organisation_keys(o.name, o.acronym)}
    problems = _unknown(steering.people, "person", people, lambda name: {person_key(name)})
    return problems + _unknown(steering.organisations, "organisation", organisations, _organisation_keys)


# The keys an organisation's name (and acronym) can be found by.
def _organisation_keys(name: str, acronym: str | None = None) -> set[str]:
    return {organisation_key(name), acronym_key(name), acronym_key(acronym)} - {""}


# The names of one kind's lists that share no key with `known`.
def _unknown(steering: KindSteering, noun: str, known: set[str], keys: Callable[[str], set[str]]) -> list[Problem]:
    return [
        Problem(names.line, f"`{name}` is no {noun} of any article; write it as a page shows it, or remove it")
        for names in (*steering.same, *steering.different)
        for name in names.names
        if not keys(name) & known
    ]
