"""Speaker phrases next to a reporting verb: a name, a pronoun, a description
(`the WHO official`, `the company's chief executive`) or an organisation.

`find_speaker_phrases` finds every reporting verb outside quotations and the
phrase that names its speaker: `subject_before` reads leftwards from the verb
(`X said`), `subject_after` rightwards (`said X`). Each gives a `Ref`, which
`resolve.py` later resolves to a speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Literal

from ..model import Mention, Organisation
from .cues import (
    DESCRIPTION_STOPS,
    DETERMINERS,
    GROUP_NOUNS,
    OBJECT_VERBS,
    ORGANISATION_SHORT_FORMS,
    PRONOUNS,
    REPORTING_VERBS,
    SENTENCE_OPENERS,
    SPEAKER_ADVERBS,
    TITLE_NOUNS,
    TITLE_WORDS,
    VERB_PARTICLES,
)
from .document import Document
from .job_titles import is_title, is_title_word, title_of
from .names import joins_name, name_forward, name_suffix
from .organisations import Found
from .person_rules import ISSUING_VERBS, QUOTING_VERBS, SPEAKING_DOCUMENTS, SPEAKING_GROUPS
from .text import Sentence, Word, holds_any

RefKind = Literal["name", "pronoun", "description", "organisation"]
_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)
_NOUN_BEFORE = re.compile(r"(?:\b(?:the|a|an|his|her|its|their|our|this|that|these|those)|['’]s)\s+\Z", re.IGNORECASE)
# How far back a determiner before a verb may start (`those` and the spaces after it).
_NOUN_REACH = 40
# Reporting verbs looked at per sentence: real sentences hold a few; a run of thousands is no prose.
_MAX_VERBS = 12
# How many words before and after its verb a speaker phrase (or the clause it opens) may reach.
_WORDS_BEFORE = 80
_WORDS_AFTER = 40
# `pointed out`: the particle a reporting verb needs, as a pattern to match right after it.
_PARTICLES = {verb: re.compile(rf"\s+{particle}\b") for verb, particle in VERB_PARTICLES.items()}
_CLAUSE_BREAK = re.compile(r"[,;:()—–]")
_TITLE_RUN_LINKS = frozenset("of for and the".split())
_DESCRIBED_NAME = re.compile(
    r"\s*(?P<title>(?:[Tt]he|[Aa]n?|[Ii]ts|[^\W\d_][\w-]*['’]s)\s[^,.;“”\"]{2,80}?),\s*(?P<name>[^,;“”\"]{3,60}?)\s*"
    r"(?:,|(?<!Dr)(?<!Mr)(?<!Ms)(?<!Mrs)(?<!Prof)(?<![A-Z])[.;])"
)
_MEMBER_OF = re.compile(r"[^\W\d_]\s+(?P<link>of|at|from)\s+(?:the\s+)?\Z")
# Most words of a title and name after a reporting verb (`said Deputy Secretary of State for … Jane Doe`).
_TITLED_WORDS = 14
# What follows an `-ing` reporting form that reports a quotation: a word or two, a colon, a mark.
_INTRODUCES_QUOTE = re.compile(r"(?:\s+[\w'’-]+){0,8}?\s*:?\s*[“\"‘'«]")
# `a spokeswoman for`: whoever is named after it is spoken for, not speaking.
_SPOKESPERSON_FOR = re.compile(r"\b(?:an?|the)\s+spokes(?:man|woman|person)\s+for\b", re.IGNORECASE)
# A lower-case word right after a name that is no preposition: the name is a clause's subject.
_CLAUSE_GOES_ON = re.compile(
    r"\s+(?!(?:" + "|".join(sorted(DESCRIPTION_STOPS | {"who", "of", "and", "said", "says"})) + r")\b)[a-z]"
)
# The document an issuing verb puts out (`issued a statement`, `released a short letter`).
_ISSUED_DOCUMENT = re.compile(
    r"\s+(?:a|an|the|their|his|her|its)\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(SPEAKING_DOCUMENTS.words)) + r")\b"
)
# A document right before `reads` (`the letter reads “…”`).
_DOCUMENT_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(SPEAKING_DOCUMENTS.words)) + r")\s+\Z", re.IGNORECASE)
# `seen by`, `obtained by`: the organisation after it is no subject.
_AGENT = re.compile(r"\b(?:[a-z]+ed|seen)\s+by\s+(?:the\s+)?\Z", re.IGNORECASE)
# `and`/`but` right before a verb (adverbs allowed): it shares the subject of the verb before it.
_JOINED_VERB = re.compile(
    r"\b(?:and|but)\s+(?:(?:" + "|".join(sorted(SPEAKER_ADVERBS)) + r")\s+)*\Z", re.IGNORECASE
)
# `Officials at`, `analysts from`: a group of unnamed people right before an organisation.
_GROUP_AT = re.compile(r"\b(?:" + "|".join(sorted(GROUP_NOUNS)) + r")\s+(?:at|from|of|with)\s+(?:the\s+)?\Z", re.IGNORECASE)


@dataclass(frozen=True)
class Ref:
    """A phrase that names or describes who spoke."""

    kind: RefKind
    text: str
    start: int
    end: int
    title: str | None = None
    organisation: str | None = None


@dataclass(frozen=True)
class Verb:
    """A reporting verb (with its particle: `pointed out`) or `according to`, by offsets."""

    start: int
    end: int


# Each sentence's reporting verbs with the speaker phrase each names, in the order of the sentences.
SpeakerPhrases = list[list[tuple[Verb, Ref]]]


def find_speaker_phrases(doc: Document, found: Found) -> SpeakerPhrases:
    """Pair every reporting verb outside quotations with the phrase naming its speaker, sentence by sentence.

    The speaker phrases of the whole article.
    """
    starts = [mention.start for _, mention in found.mentions]  # in text order
    return [
        _pairs(doc, sentence, found.mentions[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)])
        for sentence in doc.sentences
    ]


# Reporting verbs of a sentence outside quotations (not nouns, not `-ing` forms).
def _verbs(doc: Document, sentence: Sentence) -> list[Verb]:
    text = doc.text
    found: list[Verb] = []
    for word in doc.words(sentence.start, sentence.end):
        if word.text in QUOTING_VERBS.words or (word.lower in ("reads", "read") and _DOCUMENT_BEFORE.search(
            text, max(sentence.start, word.start - _NOUN_REACH), word.start
        )):
            if doc.quotations_between(word.end, sentence.end):  # `X branded it a “…”`, `the letter reads “…”`
                found.append(Verb(word.start, word.end))
            continue
        if word.text in ISSUING_VERBS.words:
            issued = _ISSUED_DOCUMENT.match(text, word.end, sentence.end)
            if issued:  # `X issued a statement`: X speaks in the quotations that follow
                found.append(Verb(word.start, issued.end()))
            continue
        if word.text not in REPORTING_VERBS:
            continue
        if word.text.endswith("ing") and not _INTRODUCES_QUOTE.match(text, word.end, sentence.end):
            continue  # `-ing` forms report only when a quotation follows (`, saying: “…”`)
        if _NOUN_BEFORE.search(text, max(sentence.start, word.start - _NOUN_REACH), word.start):
            continue  # `the claims`, `O'Brien's reply`: a noun, not a verb
        if doc.quoted(word.start):
            continue
        particle = _PARTICLES.get(word.text)
        if particle:
            follow = particle.match(text, word.end, sentence.end)
            if not follow:
                continue
            found.append(Verb(word.start, follow.end()))
        else:
            found.append(Verb(word.start, word.end))
    holds = holds_any(text, sentence.start, sentence.end, ("according",))
    according = _ACCORDING.finditer(text, sentence.start, sentence.end) if holds else ()
    for match in according:
        if not doc.quoted(match.start()):
            found.append(Verb(match.start(), match.end()))
    return sorted(found, key=lambda v: v.start)[:_MAX_VERBS]


# Each reporting verb of a sentence with the speaker phrase before or after it. Only the words and
# organisation mentions near the verb, in its sentence, are looked at: the speaker is there (and
# a sentence repeating a verb a thousand times stays linear).
def _pairs(doc: Document, sentence: Sentence, mentions: list[tuple[Organisation, Mention]]) -> list[tuple[Verb, Ref]]:
    text = doc.text
    starts = [mention.start for _, mention in mentions]
    pairs: list[tuple[Verb, Ref]] = []
    for verb in _verbs(doc, sentence):
        doc.check_time()
        begin = max(sentence.start, doc.word_before(verb.start, _WORDS_BEFORE))
        stop = min(sentence.end, doc.word_after(verb.end, _WORDS_AFTER))
        near = mentions[bisect_left(starts, begin) : bisect_left(starts, stop)]
        according = text[verb.start : verb.end].lower() == "according to"
        if pairs and _JOINED_VERB.search(text, max(begin, verb.start - _NOUN_REACH), verb.start):
            pairs.append((verb, pairs[-1][1]))  # `X said … and said …`: the second verb's subject is X
            continue
        if text[verb.start : verb.end].endswith("ing") and text[begin : verb.start].rstrip().endswith(","):
            # `X refused to comment, saying only: “…”`: the participle's subject opens the sentence
            words = doc.words(begin, verb.start)
            ref = _sentence_subject(text, words, near) if words else None
            if ref is not None:
                pairs.append((verb, ref))
            continue
        ref = None if according else subject_before(doc, begin, verb.start, near)
        if ref is None and text[verb.start : verb.end] not in OBJECT_VERBS:
            ref = subject_after(doc, verb.end, stop, near)
        if ref is not None:
            pairs.append((verb, ref))
    return pairs


def subject_before(
    doc: Document,
    begin: int,
    verb: int,
    organisations: list[tuple[Organisation, Mention]],
) -> Ref | None:
    """Read leftwards from `verb` to `begin` (the clause start) for the speaker; quoted words are skipped.

    The speaker phrase that ends right before a reporting verb, if any.
    """
    text = doc.text
    ws = [w for w in doc.words(begin, verb) if not doc.quoted(w.start)]
    while ws and ws[-1].lower in SPEAKER_ADVERBS:
        ws.pop()
    if not ws:
        return None
    last = ws[-1]
    for organisation, mention in organisations:  # `the Network (ERDMN) said`: the mention ends in `)`
        if last.end < mention.end <= verb and mention.start >= begin and not text[mention.end : verb].strip():
            return Ref("organisation", organisation.name, mention.start, mention.end)
    if last.lower in ("which", "who") and len(ws) > 1:  # `the Council (AC), which said …`: what comes before
        return _antecedent(text, begin, ws[:-1], last.start, organisations)
    gap = text[last.end : verb]
    if "," in gap:
        return _clause_subject(doc, ws, verb, organisations)
    if _CLAUSE_BREAK.search(gap) or "”" in gap or '"' in gap:
        return None
    if last.lower in ("and", "but") and len(ws) > 1:  # `X welcomed the plan but said …`: X speaks
        return _sentence_subject(text, ws, organisations)
    return _phrase_ending(text, begin, ws, organisations)


# The organisation or name a `, which` / `, who` clause hangs on, or None.
def _antecedent(
    text: str, begin: int, ws: list[Word], pronoun: int, organisations: list[tuple[Organisation, Mention]]
) -> Ref | None:
    for organisation, mention in organisations:
        if mention.start >= begin and text[mention.end : pronoun].strip() == ",":
            return Ref("organisation", organisation.name, mention.start, mention.end)
    if text[ws[-1].end : pronoun].strip() != ",":
        return None
    return _phrase_ending(text, begin, ws, organisations)


# The name or organisation that opens the clause, for a second verb of the same subject.
def _sentence_subject(text: str, ws: list[Word], organisations: list[tuple[Organisation, Mention]]) -> Ref | None:
    titled = _titled_name(text, ws[:_TITLED_WORDS])  # `Riverwatch adviser Tom Pellew welcomed it and said`
    if titled:
        return titled
    for organisation, mention in organisations:
        if ws[0].start <= mention.start <= ws[min(3, len(ws) - 1)].start:
            return Ref("organisation", organisation.name, mention.start, mention.end)
    if ws[0].lower in PRONOUNS:  # `He did not … but argued`
        return Ref("pronoun", ws[0].text, ws[0].start, ws[0].end)
    lead = ws[1:] if ws[0].lower in SENTENCE_OPENERS else ws  # `But Okonedo …`
    name = name_forward(text, lead[:5])
    if name and lead.index(name[0]) <= 1:  # after an honorific at most
        return Ref("name", text[name[0].start : name[-1].end], name[0].start, name[-1].end)
    return None


def subject_after(
    doc: Document, verb_end: int, stop: int, organisations: list[tuple[Organisation, Mention]]
) -> Ref | None:
    """Read rightwards from `verb_end` for an inverted speaker.

    The speaker phrase right after a reporting verb (`said Jane Doe, the minister`).
    """
    text = doc.text
    ws = doc.words(verb_end, stop)
    if not ws or _CLAUSE_BREAK.search(text[verb_end : ws[0].start]):
        return None
    described = _DESCRIBED_NAME.match(text, verb_end, stop)
    if described:  # `according to the bank's vice-president, Hiroshi Tanaka-Reyes,`
        name = name_forward(text, doc.words(described.start("name"), described.end("name")))
        role, body = title_of(described.group("title"))
        if role and name and name[-1].end == described.end("name"):
            return Ref("name", text[name[0].start : name[-1].end], name[0].start, name[-1].end, role, body)
    first = ws[0]
    if first.lower in PRONOUNS:
        return Ref("pronoun", first.text, first.start, first.end)
    titled = _titled_name(text, ws[:_TITLED_WORDS])
    if titled:
        return titled
    for organisation, mention in organisations:
        if mention.start in (first.start, _after_article(ws)):
            return Ref("organisation", organisation.name, mention.start, mention.end)
    lead = 0
    while lead < len(ws) - 1 and is_title_word(ws[lead]) and joins_name(text, ws[lead], ws[lead + 1]):
        lead += 1
    title = text[ws[0].start : ws[lead - 1].end] if lead else None
    if ws[lead].capitalised and (lead == 0 or is_title(title or "")):
        name = name_forward(text, ws[lead:])
        if name and _CLAUSE_GOES_ON.match(text, name[-1].end, stop):
            return None  # `suggested Germany saw the EU as …`: the name opens the reported clause
        if name:
            ref = Ref("name", text[name[0].start : name[-1].end], name[0].start, name[-1].end, title)
            return ref if title else _with_apposition(text, ref, stop)
    description = _description_forward(ws)
    if description:
        return Ref("description", text[description[0].start : description[-1].end], description[0].start,
                   description[-1].end)
    return None


# `Lakeland Governor Jane Doe`, `Deputy Secretary of State for Rivers and Canals Jane Doe`: a run of
# capitalised words and links holding a title and ending in a name; the person is the name.
def _titled_name(text: str, ws: list[Word]) -> Ref | None:
    run: list[Word] = []
    for word in ws:
        if run and not joins_name(text, run[-1], word):
            break
        title_word = word.capitalised or word.lower in _TITLE_RUN_LINKS or word.lower in TITLE_WORDS
        if not title_word and (not run or len(run) > _TITLED_WORDS // 2 or word.lower in DESCRIPTION_STOPS):
            break
        run.append(word)  # `Riverwatch senior policy adviser Tom Pellew`: a lower-case title may stand in the run
    while run and not run[-1].capitalised:
        run.pop()
    name = name_suffix(text, run)
    lead = run[: len(run) - len(name)]
    if len(name) < 2 or not any(w.lower in TITLE_NOUNS for w in lead):
        return None
    if any(not (w.capitalised or w.lower in TITLE_WORDS or w.lower in _TITLE_RUN_LINKS) for w in lead) and (
        lead[-1].lower not in TITLE_NOUNS
    ):
        return None  # other lower-case words stand only in a title that ends right before the name
    if len(name) == 3 and lead[-1].lower in _TITLE_RUN_LINKS and len(name[0].text) > 2:
        name = name[1:]  # `… for Rivers and Canals Jane Doe`: the portfolio's last word is not the name's
    title, organisation = title_of(text[lead[0].start : name[0].start])
    return Ref("name", text[name[0].start : name[-1].end], name[0].start, name[-1].end, title, organisation)


# Where a phrase starts after a leading determiner, or -1.
def _after_article(ws: list[Word]) -> int:
    return ws[1].start if len(ws) > 1 and ws[0].lower in DETERMINERS else -1


# The speaker phrase whose last word is the last of `ws`.
def _phrase_ending(
    text: str, begin: int, ws: list[Word], organisations: list[tuple[Organisation, Mention]]
) -> Ref | None:
    last = ws[-1]
    if last.lower in PRONOUNS:
        return Ref("pronoun", last.text, last.start, last.end)
    if last.lower in SPEAKING_DOCUMENTS.words and len(ws) > 1:
        if ws[-2].lower.endswith("'s"):
            return _owner(text, begin, ws[:-1], organisations)
        for organisation, mention in organisations:  # `the Ministry of Roads letter reads`
            if mention.end == ws[-2].end and mention.start >= begin:
                return Ref("organisation", organisation.name, mention.start, mention.end)
    for organisation, mention in organisations:
        if mention.end == last.end and mention.start >= begin:
            if _GROUP_AT.search(text, begin, mention.start):
                return None  # `Officials at the X said`: unnamed people, not X itself
            agent = _AGENT.search(text, begin, mention.start)
            if agent:  # `a letter seen by X says`: the letter speaks, not X
                return _description_backward(text, [w for w in ws if w.end <= agent.start()])
            member = _MEMBER_OF.search(text, begin, mention.start)
            if member:  # `Prof. Jane Doe of the X Institute said`: the person speaks
                person = [w for w in ws if w.end <= member.start("link")]
                name = _name_backward(text, begin, person) if person else None
                if name:
                    return Ref("name", name.text, name.start, name.end, name.title, organisation.name)
            return Ref("organisation", organisation.name, mention.start, mention.end)
    if last.capitalised and last.lower not in TITLE_NOUNS:
        return _name_backward(text, begin, ws)
    return _description_backward(text, ws)


# Who owns a document that speaks (`Ferris's statement added`): the person or organisation before `'s`.
def _owner(text: str, begin: int, ws: list[Word], organisations: list[tuple[Organisation, Mention]]) -> Ref | None:
    owner = ws[-1].end - 2
    for organisation, mention in organisations:
        if mention.end == owner and mention.start >= begin:
            return Ref("organisation", organisation.name, mention.start, mention.end)
    name = name_suffix(text, ws)
    if not name:
        return None
    return Ref("name", text[name[0].start : owner], name[0].start, owner)


# `Director-general of the Harbour Board (HB) Ana Souza`: a name and the title before it.
def _name_backward(text: str, begin: int, ws: list[Word]) -> Ref | None:
    name = name_suffix(text, ws)
    if not name:
        return None
    before = [w for w in ws if w.end <= name[0].start]
    if before and before[-1].lower in ("and", "or", "&"):
        return None  # `A, B and C said`: several people, no one speaker
    if len(name) == 3 and before and before[-1].lower in ("of", "for") and any(w.lower in TITLE_NOUNS for w in before):
        name = name[1:]  # `Governor of Westland Jane Doe said`: the place is the title's, not her name's
    spokesperson = _SPOKESPERSON_FOR.search(text, begin, name[0].start)
    if spokesperson:  # `a spokesman for minister Jane Doe said`: the spokesman speaks, for her
        return Ref("description", text[spokesperson.start() : name[-1].end], spokesperson.start(), name[-1].end)
    title, organisation = title_of(text[begin : name[0].start])
    return Ref("name", text[name[0].start : name[-1].end], name[0].start, name[-1].end, title, organisation)


# A description ending in a title noun (`the WHO official`) or an organisation short form.
def _description_backward(text: str, ws: list[Word]) -> Ref | None:
    first = len(ws) - 1
    while first > 0 and ws[first - 1].lower not in DETERMINERS | DESCRIPTION_STOPS and len(ws) - first < 6:
        if _CLAUSE_BREAK.search(text[ws[first - 1].end : ws[first].start]):
            break
        first -= 1
    if first > 0 and ws[first - 1].lower in DETERMINERS and not _CLAUSE_BREAK.search(
        text[ws[first - 1].end : ws[first].start]
    ):
        first -= 1
    phrase = ws[first:]
    content = {w.lower.removesuffix("'s") for w in phrase}
    head = phrase[-1].lower
    if head in TITLE_NOUNS or head in ("spokesperson", "official") or head in SPEAKING_DOCUMENTS.words or (
        head in SPEAKING_GROUPS.words
    ):
        return Ref("description", text[phrase[0].start : phrase[-1].end], phrase[0].start, phrase[-1].end)
    if head in ORGANISATION_SHORT_FORMS and content & DETERMINERS and not _GROUP_AT.search(
        text, max(0, phrase[0].start - 40), phrase[0].start
    ):
        return Ref("organisation", text[phrase[0].start : phrase[-1].end], phrase[0].start, phrase[-1].end)
    return None


# A description after the verb (`said the minister`).
def _description_forward(ws: list[Word]) -> list[Word] | None:
    if ws[0].lower not in DETERMINERS and not ws[0].text.endswith(("'s", "’s")):
        return None
    phrase: list[Word] = []
    for word in ws[:6]:
        if word.lower in DESCRIPTION_STOPS:
            break
        phrase.append(word)
    if phrase and phrase[-1].lower in TITLE_NOUNS:
        return phrase
    return None


# After `X, stressing that …, said` the subject opens the clause; `the minister, Jane Doe, said` names her.
def _clause_subject(
    doc: Document,
    ws: list[Word],
    verb: int,
    organisations: list[tuple[Organisation, Mention]],
) -> Ref | None:
    text = doc.text
    commas = [i for i in range(ws[0].start, verb) if text[i] == "," and not doc.quoted(i)]
    head = [w for w in ws if commas and w.end <= commas[0]]
    if not head:
        return None
    ref = _phrase_ending(text, ws[0].start, head, organisations)
    apposition_end = commas[1] if len(commas) > 1 else verb
    apposition = text[commas[0] + 1 : apposition_end]
    if ref is None or ref.kind in ("description", "organisation"):
        name = name_forward(text, doc.words(commas[0] + 1, apposition_end))
        if name and text[name[-1].end : apposition_end].strip() == "":
            title, organisation = title_of(text[head[0].start : head[-1].end])
            return Ref("name", text[name[0].start : name[-1].end], name[0].start, name[-1].end, title, organisation)
        return ref
    title, organisation = title_of(apposition)
    if title and ref.kind == "name":
        return Ref(ref.kind, ref.text, ref.start, ref.end, title, organisation)
    return ref


# A name with the title of the apposition after it (`Jane Doe, the minister,`).
def _with_apposition(text: str, ref: Ref, stop: int) -> Ref:
    match = re.match(r",\s*([^,.;]{3,80}?)\s*[,.;]", text[ref.end : stop])
    if match:
        title, organisation = title_of(match.group(1))
        if title:
            return Ref(ref.kind, ref.text, ref.start, ref.end, title, organisation)
    return ref

