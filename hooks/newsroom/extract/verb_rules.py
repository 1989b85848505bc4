"""Reporting and role verbs as lemmas; their forms are generated, the ones left out listed with why.

`cues.py` builds the tables the extractors read (`REPORTING_VERBS`, `ROLE_CUES`, …)
from these; the tests check every generated form against the code that reads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# The forms of a verb: bare (`say`), third person (`says`), past (`said`), `-ing` (`saying`).
Form = Literal["base", "s", "ed", "ing"]


@dataclass(frozen=True)
class Lemma:
    """A verb by its lemma, with the irregular or doubled forms English gives it."""

    lemma: str
    past: str | None = None  # an irregular past (`said`); else generated
    doubles: bool = False  # the last consonant doubles (`admitted`)


def inflect(verb: Lemma) -> dict[Form, str]:
    """Return each form of a verb: regular endings, unless the lemma gives its own."""
    lemma = verb.lemma
    stem = lemma + lemma[-1] if verb.doubles else lemma
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if verb.past:
        past = verb.past
    elif lemma.endswith("e"):
        past = lemma + "d"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        past = lemma[:-1] + "ied"
    else:
        past = stem + "ed"
    ing = (lemma[:-1] if lemma.endswith("e") else stem) + "ing"
    return {"base": lemma, "s": third, "ed": past, "ing": ing}


@dataclass(frozen=True)
class ReportingVerb(Lemma):
    """A verb that introduces speech (`said`, `warned`, `pointed out`)."""

    statement: bool = False  # its object clause is a reported statement (`said that …`)
    takes_object: bool = False  # the phrase after it is its object, never its speaker (`praised the group`)
    particle: str = ""  # it reports speech only with this word after it (`pointed out`)


_S = ReportingVerb
REPORTING_LEMMAS = (
    _S("say", past="said", statement=True), _S("tell", past="told", statement=True), _S("add", statement=True),
    _S("stress", statement=True), _S("assert", statement=True), _S("emphasise", statement=True),
    _S("emphasize", statement=True), _S("highlight", statement=True), _S("note", statement=True),
    _S("explain", statement=True), _S("warn", statement=True), _S("argue", statement=True),
    _S("insist", statement=True), _S("state", statement=True), _S("remark"), _S("observe"), _S("comment"),
    _S("announce", statement=True), _S("declare", statement=True), _S("urge", takes_object=True),
    _S("recall", statement=True), _S("underline", statement=True), _S("underscore", statement=True),
    _S("acknowledge", statement=True), _S("admit", doubles=True, statement=True), _S("claim", statement=True),
    _S("affirm", statement=True), _S("reiterate", statement=True), _S("conclude"), _S("write", past="wrote"),
    _S("reply"), _S("answer"), _S("suggest", statement=True), _S("predict", statement=True),
    _S("confirm", statement=True), _S("maintain", statement=True), _S("contend", statement=True),
    _S("caution", statement=True), _S("point", particle="out"), _S("tweet"), _S("describe", takes_object=True),
    _S("call"), _S("ask"), _S("accuse", takes_object=True), _S("criticise", takes_object=True),
    _S("criticize", takes_object=True), _S("condemn", takes_object=True), _S("praise", takes_object=True),
    _S("concede", statement=True), _S("continue"),
)

_NOUN = "a noun more often than a verb in news copy (`a note`, `the state`, `her claim`, `a reply`)"
_UNSEEN = "never in the table: added when an evaluation article shows it helps"
_ING = "an -ing form: the quote finder skips them, and the speaker and organisation patterns never held this one"
_SPAN = "tells something going on (`the work continues`); only `continued` reports speech (`“…,” she continued`)"
_PRESENT = "the table held only the past of this verb (`praised`), the form news copy reports with"

# Generated forms that are not reporting verbs, each with why.
LEFT_OUT_REPORTING_FORMS = {
    "note": _NOUN, "state": _NOUN, "remark": _NOUN, "remarks": _NOUN, "comment": _NOUN, "claim": _NOUN,
    "claims": _NOUN, "reply": _NOUN, "answer": _NOUN, "answers": _NOUN, "point": _NOUN, "tweet": _NOUN,
    "tweets": _NOUN, "call": _NOUN, "praise": _NOUN, "praises": _NOUN,
    "ask": _UNSEEN, "accuse": _UNSEEN,
    "contending": _ING, "answering": _ING, "tweeting": _ING, "describing": _ING, "calling": _ING, "asking": _ING,
    "accusing": _ING, "criticising": _ING, "criticizing": _ING, "condemning": _ING, "praising": _ING,
    "criticise": _PRESENT, "criticises": _PRESENT, "criticize": _PRESENT, "criticizes": _PRESENT,
    "condemn": _PRESENT, "condemns": _PRESENT, "conceding": _ING,
    "continue": _SPAN, "continues": _SPAN, "continuing": _SPAN,
}

_POSITION = ("its present tense tells a standing position (`the group, which argues that …`, evaluation article 15),"
             " not a statement made; `says`, `tells`, `adds` are news copy's present of speech")

# Finite forms of statement verbs that report no statement, each with why.
LEFT_OUT_STATEMENT_FORMS = dict.fromkeys(
    """
    concedes emphasises emphasizes highlights explains warns argues insists states announces declares recalls underlines
    underscores acknowledges admits claims affirms reiterates suggests predicts confirms maintains contends cautions
    """.split(),
    _POSITION,
)


@dataclass(frozen=True)
class RoleVerb(Lemma):
    """A verb that gives organisations a role: passive (`hosted by A`) or active (`A hosted`)."""

    role: str = "organiser"
    passive: bool = True  # its past participle is a passive cue (`funded by`)
    active: tuple[Form, ...] = ("ed", "s")  # its forms that make their subjects take the role
    co: bool = False  # it has `co-` forms (`co-hosted by`)
    particle: str = ""  # the word after every form (`joined by`)
    taking_part: bool = False  # a cue of taking part (`took part`), listed apart from the active verbs

    def form(self, kind: Form) -> str:
        """Return one form of the verb, with its particle if it has one (`joined by`)."""
        return f"{inflect(self)[kind]} {self.particle}".rstrip()


_R = RoleVerb
ROLE_LEMMAS = (
    _R("organise", co=True), _R("organize", co=True), _R("host", co=True), _R("convene", co=True),
    _R("support", role="supporter"), _R("sponsor", role="supporter", co=True), _R("fund", role="supporter", co=True),
    _R("finance", role="supporter"), _R("back", role="supporter"), _R("attend", role="participant"),
    _R("run", past="run"), _R("collaborate", passive=False, active=("ed", "s", "base")),
    _R("invite", passive=False, active=("s", "base")), _R("present", active=()),
    _R("take part", past="took part", role="participant", passive=False, active=("ed", "base"), taking_part=True),
    _R("participate", role="participant", passive=False, active=("ed", "ing"), taking_part=True),
    _R("join", role="participant", passive=False, active=("ed",), particle="by", taking_part=True),
)

# Generated active forms that are no active role verbs, each with why. (`co-` forms are passive
# cues only: the active pattern reads a `co-` before any active verb itself.)
LEFT_OUT_ACTIVE_ROLE_FORMS = {
    "finances": "a noun (`the club's finances`)",
    "backed": "it backs a cause (`the union backed the strike`), not an event",
    "backs": "a noun (`the backs of the chairs`), and a verb it backs a cause",
    "run": "a past participle: `A run` is no sentence (`run by A` is the passive cue)",
    "runs": "it tells figures too (`the deficit runs to 3%`)",
}
