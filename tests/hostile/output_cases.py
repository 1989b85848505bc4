"""Seeds of 15-30 KB shaped to amplify the output: each item would repeat its sentence, or each
name would get a page of its own. Each must build, and `tests/test_output_bounds.py` checks
that none writes more than 50 times its own size into the built site.
"""

from __future__ import annotations

import itertools

from hostile.cases import Case

_MONTHS = "January February March April May June July August September October November December".split()


def _date(number: int) -> str:
    return f"{number % 28 + 1} {_MONTHS[number % 12]} {2000 + number % 25}"


def dated_sentences(count: int) -> str:
    """Return `count` short sentences, each with its own date."""
    return "The board Qz970 met. " + " ".join(f"The council met on {_date(d)}." for d in range(count))


_DATES_IN_ONE_SENTENCE = "The council Qz971 met " + ", ".join(f"on {_date(d)}" for d in range(900)) + "."
_LONG_TITLE = "---\ntitle: " + "Long Qz972 " * 1000 + "\n---\n" + dated_sentences(300)
_QUOTES_IN_ONE_SENTENCE = "Ann Lee said " + ", ".join(f"“word {i}”" for i in range(1100)) + ". The note Qz973 ends."
_TINY_QUOTES = "Ann Lee said: " + " ".join("“a”" for _ in range(2000)) + ". The note Qz974 ends."
# Each `said Ann Lee, and …` reports the rest of the sentence: 399 statements that overlap.
_STATEMENTS = " ".join(f"“Point {i} stands,” said Ann Lee, and" for i in range(400)) + " stop. The note Qz975 ends."
_MENTIONS = "The Fisheries Council (FC) Qz976 met. " + " ".join("FC" for _ in range(5000)) + " agreed."
_ORGANISATIONS = "Town councils Qz977 met. " + " ".join(f"The Council of Town{i} met." for i in range(550))
_SPEAKERS = "Speakers Qz978 agreed. " + " ".join(f"“We agree,” said Ann Lee{i} of the Council." for i in range(500))
_NAMES = [
    f"{first} {middle} {last}"
    for first, middle, last in itertools.product(
        "Ann Bob Cid Dan Eve Fay Gus Hal".split(), "Rui Sam Tom Uma Val Wes Xia Yan".split(), "Lee Moe Nash Ortiz Park Quinn Ruiz Soto".split()
    )
]
_NAMED_SPEAKERS = "Named speakers Qz979 agreed. " + " ".join(f"“We agree,” said {name}." for name in _NAMES)

CASES: list[Case] = [
    Case("dates-in-one-sentence", "builds", {"dates-in-one.txt": _DATES_IN_ONE_SENTENCE.encode()},
         shows={"articles/dates-in-one/": "The council Qz971 met on 1 January 2000"}),
    Case("many-dated-sentences", "builds", {"dated.txt": dated_sentences(700).encode()},
         shows={"articles/dated/": "The board Qz970 met."}),
    Case("long-title-many-events", "builds", {"long-title.txt": _LONG_TITLE.encode()},
         shows={"articles/long-title/": "The board Qz970 met."}),
    Case("quotes-in-one-sentence", "builds", {"quotes-in-one.txt": _QUOTES_IN_ONE_SENTENCE.encode()},
         shows={"articles/quotes-in-one/": "“word 1099”. The note Qz973 ends."}),
    Case("tiny-quotes", "builds", {"tiny-quotes.txt": _TINY_QUOTES.encode()},
         shows={"articles/tiny-quotes/": "“a” “a”. The note Qz974 ends."}),
    Case("overlapping-statements", "builds", {"overlapping.txt": _STATEMENTS.encode()},
         shows={"articles/overlapping/": "said Ann Lee, and stop. The note Qz975 ends."}),
    Case("one-organisation-thousands-of-times", "builds", {"mentions.txt": _MENTIONS.encode()},
         shows={"articles/mentions/": "The Fisheries Council (FC) Qz976 met. FC FC"}),
    Case("many-organisations", "builds", {"organisations.txt": _ORGANISATIONS.encode()},
         shows={"articles/organisations/": "The Council of Town549 met."}),
    Case("many-speakers-with-organisations", "builds", {"speakers.txt": _SPEAKERS.encode()},
         shows={"articles/speakers/": "said Ann Lee499 of the Council."}),
    Case("many-named-speakers", "builds", {"named.txt": _NAMED_SPEAKERS.encode()},
         shows={"articles/named/": "“We agree,” said Hal Yan Soto."}),
]
