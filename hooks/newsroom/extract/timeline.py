"""Timeline events: sentences that report something happening, and when.

A sentence with date expressions gives one event per expression it can date
(`on Tuesday` with no publication date to count from gives none). A sentence that
reports a past occurrence (`was held`, `signed`, `has dismissed`) with no date
gives an undated event when the article gives no date at all, or when it is
about the article's meeting and the lead gave that meeting no date. `what` names the event: an event name in the
sentence (`… Summit`), else the clause around the date.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Event
from .dates import DateMention, find_dates
from .document import Document
from .organisations import classify
from .text import Sentence

_DURATION = re.compile(
    r"\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})-(?:day|week|month|year|hour))\b"
)
_OCCURRED = re.compile(
    r"\b(?:was|were)\s+(?:(?:also|jointly|formally|officially|unanimously)\s+)?"
    r"(?:held|signed|approved|adopted|launched|opened|inaugurated|organi[sz]ed|co-organi[sz]ed|convened|hosted|"
    r"ratified|announced|elected|appointed|founded|established|closed)\b"
    r"|\b(?:has|have|had)\s+(?:(?:also|now|formally|unanimously)\s+)?(?:dismissed|ruled|signed|approved|adopted|"
    r"launched|ratified|rejected|upheld|overturned|elected|appointed)\b"
    r"|\b(?:took place|was held|signed|ratified|inaugurated|ruled|launched|adopted)\b"
)
_CLAUSE = re.compile(r"[,;:—–]\s|\s[—–]\s")
_RELATIVE_CLAUSE = re.compile(
    r",\s+(?:which|who|where|whose)\b.*?,(?=\s+(?:was|were|is|are|has|have|had|will|would|can|could)\b)"
)
_WHAT_WORDS = 12
_LEAD_PARAGRAPHS = 1  # paragraph indexes 0 and 1 are lead too, whatever the headline and byline
_MEETING_SUBJECT = re.compile(
    r"The\s+(?:[\w-]+\s+)?(?:meeting|forum|summit|conference|talks|session|workshop|assembly|congress|ceremony"
    r"|dialogue|symposium|seminar|event)\b"
)


def find_events(doc: Document) -> list[Event]:
    """Return an event per date expression, plus undated events that clearly occurred.

    Events of one article, in text order.
    """
    text = doc.text
    quoted = [q.span for q in doc.quotations]
    events: list[Event] = []
    undated: list[Event] = []
    for sentence in doc.sentences:
        doc.check_time()
        dates = [
            d for d in find_dates(text, sentence.start, sentence.end, doc.published)
            if d.value is not None and not any(a <= d.start < b for a, b in quoted)
        ]
        occurred = not dates and _reports_occurrence(text, sentence, quoted)
        if not dates and not occurred:
            continue  # most sentences: no event, so nothing more to work out
        duration = _DURATION.search(text, sentence.start, sentence.end)
        base = Event(
            date=None,
            date_text=None,
            what=_what(doc, sentence, None),
            start=sentence.start,
            end=sentence.end,
            paragraph=sentence.paragraph,
            duration=duration.group() if duration else None,
        )
        for date in dates:
            events.append(replace(base, date=date.value, date_text=date.text, what=_what(doc, sentence, date),
                                  end_date=date.end_value, date_start=date.start, date_end=date.end,
                                  deadline=date.deadline))
        if occurred:
            undated.append(base)
    return events + [e for e in undated if _keeps_undated(text, e, events, doc.lead_paragraph)]


# An undated event counts in an article with no date at all, or when it is the article's
# meeting (`The forum was co-organised by …`) and the lead gave that meeting no date.
def _keeps_undated(text: str, event: Event, dated: list[Event], lead: int) -> bool:
    if not dated:
        return True
    lead_dated = any(e.paragraph <= max(lead, _LEAD_PARAGRAPHS) for e in dated)
    return not lead_dated and _MEETING_SUBJECT.match(text, event.start, event.end) is not None


# Whether a sentence, outside its quotations, says something was done.
def _reports_occurrence(text: str, sentence: Sentence, quoted: list[tuple[int, int]]) -> bool:
    for match in _OCCURRED.finditer(text, sentence.start, sentence.end):
        if not any(a <= match.start() < b for a, b in quoted):
            return True
    return False


# The event's name if the sentence has one, else the clause that holds the date.
def _what(doc: Document, sentence: Sentence, date: DateMention | None) -> str:
    text = doc.text
    for phrase in doc.phrases(sentence.start, sentence.end):
        if len(phrase.words) > 1 and classify(phrase) == "event":
            return phrase.text
    if date is None:
        clause = _RELATIVE_CLAUSE.sub("", text[sentence.start : sentence.end])
    else:
        begin, end = sentence.start, sentence.end
        for match in _CLAUSE.finditer(text, sentence.start, sentence.end):
            if match.end() <= date.start:
                begin = match.end()
            elif match.start() >= date.end:
                end = match.start()
                break
        clause = text[begin:end]
    clause = " ".join(clause.split()).rstrip(".")
    words = clause.split()
    return clause if len(words) <= _WHAT_WORDS else " ".join(words[:_WHAT_WORDS]) + "…"
