"""Roles of organisations from the cue words around them.

A passive cue (`co-organised by`, `supported by`, `attended by`) gives its role
to the list of organisations that follows it; an active one (`the Alliance hosted`,
`A and B took part`, `A, which co-hosted`, `the A-hosted forum`, `A will be the
co-host`) to the list that ends right before it, and a shared action (`A co-hosted
the talks with B`) to the list after its `with` too. A list is a run of mentions
joined only by commas, `and`, `with`, `as well as` and articles.

Roles found so are `cue` roles. An organisation with none takes, as `carried`, the
role of a body of its own that has one (`Lorania's Water Institute hosted` makes
Lorania's body a host), and the issuer of a press release (the subject of
`announced today` in its lead) is its organiser: `carried` when the release says
`we will host`, otherwise a `guess` that pages never show as fact.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..model import Basis, Mention, Organisation, Role
from ..vocabulary import APOSTROPHES, UPPER
from .cues import (
    ACTIVE_ROLE_VERBS,
    CLASSIFIER_NOUNS,
    DELEGATE_NOUNS,
    FUTURE_ROLE_VERBS,
    HELD_OCCASIONS,
    LIST_JOINERS,
    PARTICIPANT_CUES,
    RELEASE_VOICE,
    ROLE_CUES,
    ROLE_NOUNS,
    ROLE_TITLES,
)
from .document import Document
from .text import holds_any

PASSIVE_CUE = re.compile(
    r"\b(?P<cue>(?:jointly\s+)?(?:" + "|".join(sorted(map(re.escape, ROLE_CUES), key=len, reverse=True))
    + r"))\s+(?:jointly\s+)?by\b"
    # `with the support of A`, `received funding from A`, and a gift named with its giver (`a grant from A`).
    r"|\b(?:with|thanks\s+to|received|receives|an?)\s+(?:the\s+)?(?:(?:[a-z-]+,?\s+){0,3}(?:and\s+[a-z-]+\s+)?)??"
    r"(?P<support>support|backing|funding|sponsorship|financing|grants?)\s+(?:of|from)\b"
    r"|\bwith\s+(?:the\s+)?participation\s+of\b(?P<participation>)"
    r"|\bcontributions?\s+from\b(?P<contribution>)"
    # `representatives from A and B` take part, where the sentence says they do (see `_TAKING_PART`).
    r"|\b(?P<delegates>" + "|".join(DELEGATE_NOUNS) + r")\s+(?:from|of)\b"
    r"|\b(?:in\s+(?:partnership|collaboration|cooperation|association)\s+with|under\s+the\s+auspices\s+of)\b"
    r"(?P<partnership>)"
    r"|\b(?P<noun>" + "|".join(map(re.escape, ROLE_NOUNS)) + r")(?:\s+(?:include[sd]?|are|were)\b|\s*:)",
    re.IGNORECASE,
)
# A word every shape of passive cue holds (`by`, or the noun of `with the support of`, …).
_CUE_KEYWORDS = ("by", "support", "backing", "funding", "sponsor", "financing", "grant", "participa",
                 "partnership", "collaboration", "cooperation", "association", "funder", "donor", "organis",
                 "organiz", "host", "contribution", "auspices", *DELEGATE_NOUNS)
_BASES = [form for form in FUTURE_ROLE_VERBS if not form.endswith("ing")]
_INGS = [form for form in FUTURE_ROLE_VERBS if form.endswith("ing")]
_PERFECTS = [form for form in ACTIVE_ROLE_VERBS if form.endswith("ed")]
_ADVERB = r"(?:(?:also|jointly|together)\s+)?(?:co-)?"


# Forms as one alternation, longest first.
def _alternation(forms: list[str]) -> str:
    return "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))


_ACTIVE = re.compile(
    # `A, which co-hosted`, `A, who will host`: a relative clause's verb is its antecedent's.
    r"(?:\s*,\s*(?:which|who)\b)?"
    r"(?:\s*(?:(?:also|jointly|together|(?P<co>co-))\s*)?(?P<verb>"
    + "|".join(map(re.escape, [*ACTIVE_ROLE_VERBS, *PARTICIPANT_CUES]))
    + r")\b"
    # After an auxiliary: `will host`, `is to convene`, `are co-sponsoring`, `has also hosted` (never `was hosted`,
    # nor `would fund`: reported plans often name a body by a short form the extractor may resolve wrongly).
    rf"|\s*(?:will|shall|(?:is|are)\s+to)\s+{_ADVERB}(?P<base>{_alternation(_BASES)})\b"
    rf"|\s*(?:is|are|was|were)\s+{_ADVERB}(?P<ing>{_alternation(_INGS)})\b"
    rf"|\s*(?:has|have|had)\s+{_ADVERB}(?P<perfect>{_alternation(_PERFECTS)})\b"
    # `the AIAA-hosted conference`, `a Bank-funded study`.
    rf"|-(?P<compound>{_alternation(list(ROLE_CUES))})\b"
    # `A held a ceremony`, `A will hold a two-day workshop`: who holds an occasion organises it (not `its next
    # summit`, another occasion than the article's).
    r"|\s+(?:held|holds|(?:will|is\s+to|are\s+to)\s+hold|(?:is|are)\s+holding)\s+(?:a|an|the)\s+(?!next\b)"
    rf"(?:[\w-]+\s+){{0,3}}?(?P<held>{_alternation(list(HELD_OCCASIONS))})\b"
    # `A will be the conference co-host`, `A serves as the secretariat`, `A as Co-Host`.
    r"|\s+(?:will\s+be|is|are|was|were|(?:serves?|served|acts?|acted)\s+as|as)\s+(?:(?:the|a|an|its|their)\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?P<title>{_alternation(list(ROLE_TITLES))})\b(?!-)"
    r")",
    re.IGNORECASE,
)
# The `with` of a shared action after its object (`co-hosted the symposium with B`), within a few words.
_SHARED_WITH = re.compile(r"(?:\s+[\w’'-]+){0,6}?\s+with\b", re.IGNORECASE)
# What may stand between two members of a list: joiners, articles and an `(ACR)`'s brackets
# (no `\A`: `match` anchors at its start, also when given a start position).
LIST_GAP = re.compile(
    r"(?:[\s,;()•*·–-]|\b(?:the|its|their|" + "|".join(j for j in LIST_JOINERS if j.isalpha() or " " in j) + r")\b)*\Z",
    re.IGNORECASE,
)
_LEAD = re.compile(r"(?:[\s:•*·–-]|\b(?:the|its|their)\b)*\Z", re.IGNORECASE)
# What may end a sentence whose list runs on into the next one (`Supporters include:`, `… and the X Fund.`).
_LIST_END = re.compile(r"[\s:;,.]*\Z")
_POSSESSIVES = tuple(f"{mark}s" for mark in APOSTROPHES)
# What says that people from a body take part in something (`representatives from A joined`).
_TAKING_PART = re.compile(
    r"\b(?:took|take|taking)\s+part|\bparticipat|\battend|\bjoin(?:ed|s)?\b|\bon\s+hand\b|\bexhibit|\bpresent(?:ed|ing|s)?\b"
    r"|\bspeak(?:s|ing)?\b|\bspoke\b|\bkeynote",
    re.IGNORECASE,
)
# How many sentences (headlines among them) may come before a release's `announced today`, and what may stand
# before its subject: `The`, or a dateline the reader missed (`SPRINGFIELD -- May 2, 2025 --`), at a line's start
# (a photo caption may share the sentence).
_LEAD_SENTENCES = 5
_OPENS_LEAD = re.compile(
    r"(?:[^\n]*\n)*(?:[^\n]{0,80}?\d{4}\s*[-–—]+\s*)?(?:\s|\b(?:the|its|their)\b)*\Z", re.IGNORECASE
)
_ANNOUNCES = re.compile(rf"\b{RELEASE_VOICE}", re.IGNORECASE)
# The issuer's own `we will host` (outside quotations).
_WE_HOST = re.compile(
    r"\bwe\s+(?:will|shall|are\s+to|are)\s+(?:(?:also|proud\s+to|pleased\s+to)\s+)?(?:co-)?"
    r"(?:host|hosting|organi[sz]e|organi[sz]ing|convene|convening)\b",
    re.IGNORECASE,
)
# What may stand between a subject and its `in partnership with`: an `(ACR)`, a place (`in Lorania`) and a comma.
_PARTNER_GAP = re.compile(r"(?:\s*\([^()]{1,12}\))?(?:\s+in\s+[\w\s]{1,30}?)?\s*,?\s*\Z")
# A first member's description (`U.S. firm Acme`, `the research group Acme`).
_DESCRIBED = re.compile(
    r"(?:\s|\bthe\b)*(?:[\w.’'-]+\s+){0,2}?(?:" + "|".join(sorted(CLASSIFIER_NOUNS)) + r")\s+\Z", re.IGNORECASE
)
# Capitalised words of a member no extractor recognised (`Thames Water and the X Trust`): the list goes on.
_UNKNOWN_MEMBER = re.compile(rf"\b[{UPPER}][\w'’&.-]*")


def passive_cues(doc: Document) -> list[tuple[re.Match[str], ...]]:
    """Return each sentence's passive role cues in text order, in the order of `doc.sentences`.

    The passive cues of each sentence, found once: the list finder and the role extractor both read
    them.
    """
    text = doc.text
    return [
        tuple(PASSIVE_CUE.finditer(text, s.start, s.end)) if holds_any(text, s.start, s.end, _CUE_KEYWORDS) else ()
        for s in doc.sentences
    ]


def assign_roles(
    doc: Document, mentions: list[tuple[Organisation, Mention]], cues: list[tuple[re.Match[str], ...]]
) -> None:
    """Set `roles` and `role_basis` on every organisation that has a mention in `mentions`.

    `cues` are `passive_cues(doc)`. Roles come from the cues in each sentence, then are carried to a
    body's owner, then guessed for a release's issuer (see the module docstring); the rest are `mentioned`.
    """
    text = doc.text
    outer = _outermost(mentions)  # in text order, as `mentions`
    starts = [mention.start for _, mention in outer]
    running: Role | None = None  # the role of a list that runs on into the next sentence
    for sentence, sentence_cues in zip(doc.sentences, cues, strict=True):
        doc.check_time()
        inside = outer[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)]
        if running is not None:
            members, end = _list_after(text, sentence.start, inside)
            if members and _LIST_END.match(text, end, sentence.end):
                _give(members, running)
            else:
                running = None
        for cue in sentence_cues:
            if cue.group("delegates") and not _TAKING_PART.search(text, sentence.start, sentence.end):
                continue
            members, end = _list_after(text, cue.end(), inside)
            _give(members, _passive_role(cue))
            if _LIST_END.match(text, end, sentence.end):
                running = _passive_role(cue)
            if cue.group("partnership") is not None:
                _give(_subject_before(text, sentence.start, cue.start(), inside), "organiser")
        for index, (_, mention) in enumerate(inside):
            active = _ACTIVE.match(text, mention.end, sentence.end)
            if active:
                role = _active_role(active)
                _give(_list_before(text, index, inside), role)
                shared = _SHARED_WITH.match(text, active.end(), sentence.end) if _shared(active) else None
                if shared:
                    _give(_list_after(text, shared.end(), inside)[0], role)
    _carry_to_owners(text, mentions, outer)
    _guess_issuers(doc, outer)
    for organisation, _ in mentions:
        if not organisation.roles:
            organisation.roles.append("mentioned")


# Whether an active cue is an action shared with a partner (`co-hosted`, `collaborated`, `the co-host`).
def _shared(active: re.Match[str]) -> bool:
    said = active.group("verb") or active.group("base") or active.group("title") or ""
    return active.group("co") is not None or said.lower().startswith(("co-", "collaborat"))


# `Lorania's Water Institute hosted`: the owner named inside a body's name takes the body's roles, as carried.
def _carry_to_owners(
    text: str, mentions: list[tuple[Organisation, Mention]], outer: list[tuple[Organisation, Mention]]
) -> None:
    owners: dict[int, list[tuple[Organisation, Mention]]] = {}
    for organisation, mention in mentions:
        if text[mention.end : mention.end + 2] in _POSSESSIVES:
            owners.setdefault(mention.start, []).append((organisation, mention))
    for body, mention in outer:
        if body.role_basis != "cue" or not body.roles:
            continue
        for owner, inner in owners.get(mention.start, ()):
            if owner is not body and inner.end < mention.end and not owner.roles:
                owner.roles.extend(body.roles)
                owner.role_basis = "carried"


# A release's issuer as its organiser: carried when the release says `we will host`, a guess otherwise.
def _guess_issuers(doc: Document, outer: list[tuple[Organisation, Mention]]) -> None:
    text = doc.text
    issuers = _issuers(doc, outer)
    if not issuers:
        return
    hosting = any(not doc.quoted(m.start()) for m in _WE_HOST.finditer(text, doc.lead_start))
    basis: Basis = "carried" if hosting else "guess"
    for organisation in issuers:
        if not organisation.roles:
            organisation.roles.append("organiser")
            organisation.role_basis = basis


# The organisation a release presents as its own: the subject of `announced today` (`is pleased to announce`)
# in its lead, the release's own voice (a report says `on Wednesday announced`).
def _issuers(doc: Document, outer: list[tuple[Organisation, Mention]]) -> list[Organisation]:
    text = doc.text
    for sentence in [s for s in doc.sentences if s.start >= doc.lead_start][:_LEAD_SENTENCES]:
        if _ANNOUNCES.search(text, sentence.start, sentence.end):
            first = next((pair for pair in outer if sentence.start <= pair[1].start < sentence.end), None)
            if first is not None and _OPENS_LEAD.match(text, sentence.start, first[1].start):
                return [first[0]]
            return []
    return []


# The role a passive cue gives (`co-organised by`, `with the support of`).
def _passive_role(cue: re.Match[str]) -> Role:
    if cue.group("support") or cue.group("contribution") is not None:
        return "supporter"
    if cue.group("participation") is not None or cue.group("delegates"):
        return "participant"
    if cue.group("partnership") is not None:
        return "organiser"
    if cue.group("noun"):
        return _as_role(ROLE_NOUNS[cue.group("noun").lower()])
    word = cue.group("cue").lower().split()[-1]
    return _as_role(ROLE_CUES[word])


# The role an active cue gives its subjects (`hosted`, `took part`, `the AIAA-hosted`, `the co-host`).
def _active_role(active: re.Match[str]) -> Role:
    if active.group("held"):
        return "organiser"
    if active.group("title"):
        return _as_role(ROLE_TITLES[active.group("title").lower()])
    if active.group("compound"):
        return _as_role(ROLE_CUES[active.group("compound").lower()])
    verb = next(g for g in (active.group("verb"), active.group("base"), active.group("ing"), active.group("perfect"))
                if g).lower()
    return _as_role(ACTIVE_ROLE_VERBS.get(verb) or FUTURE_ROLE_VERBS.get(verb, "participant"))


# A cue table's role word as a `Role`.
def _as_role(word: str) -> Role:
    for role in ("organiser", "supporter", "participant"):
        if word == role:
            return role
    return "mentioned"


# The organisations listed right after a cue, joined only by commas, `and`, `with` (or bullets), and where the list ends.
def _list_after(
    text: str, offset: int, inside: list[tuple[Organisation, Mention]]
) -> tuple[list[Organisation], int]:
    members: list[Organisation] = []
    position = offset
    for organisation, mention in inside:
        if mention.start < offset:
            continue
        gap = text[position : mention.start]
        bare = _UNKNOWN_MEMBER.sub("", gap)
        first = not members and bare == gap
        if not (_LEAD.match(bare) if first else LIST_GAP.match(bare)) and not (not members and _DESCRIBED.match(gap)):
            break
        members.append(organisation)
        position = mention.end
    return members, position


# `A, in partnership with B, launched`: the sentence's opening list, when only a few words stand between it and the cue.
def _subject_before(text: str, start: int, cue: int, inside: list[tuple[Organisation, Mention]]) -> list[Organisation]:
    before = [index for index, (_, mention) in enumerate(inside) if mention.end <= cue]
    if not before or not _OPENS_LEAD.match(text, start, inside[0][1].start):
        return []
    last = before[-1]
    members = _list_before(text, last, inside)
    if members[-1] is not inside[0][0] or not _PARTNER_GAP.match(text, inside[last][1].end, cue):
        return []
    return members


# The organisations listed right before an active verb.
def _list_before(text: str, index: int, inside: list[tuple[Organisation, Mention]]) -> list[Organisation]:
    members = [inside[index][0]]
    for previous in range(index - 1, -1, -1):
        gap = text[inside[previous][1].end : inside[previous + 1][1].start]
        if not LIST_GAP.match(gap):
            break
        members.append(inside[previous][0])
    return members


# Add a role to each organisation once (a role from a cue).
def _give(organisations: list[Organisation], role: Role) -> None:
    for organisation in organisations:
        if role not in organisation.roles:
            organisation.roles.append(role)


# Mentions that do not start inside a longer one (`NAA` inside `Bureau … of the NAA`); only mentions
# starting less than the longest mention's length before one can hold it.
def _outermost(mentions: list[tuple[Organisation, Mention]]) -> list[tuple[Organisation, Mention]]:
    spans = sorted((m.start, m.end) for _, m in mentions)
    starts = [start for start, _ in spans]
    longest = max((end - start for start, end in spans), default=0)
    kept = []
    for organisation, mention in mentions:
        first = bisect_left(starts, mention.start - longest + 1)
        last = bisect_right(starts, mention.start)
        length = mention.end - mention.start
        if not any(end > mention.start and end - start > length for start, end in spans[first:last]):
            kept.append((organisation, mention))
    return kept
