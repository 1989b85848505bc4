"""Bad seeds that once took super-linear time: one shape repeated until a seed is tens of kilobytes.

`cases.py` adds these to its catalogue (see its docstring for the outcomes). Each
built in well under a second once extraction was made linear; before, the worst
took minutes. `tests/test_linear_time.py` holds every shape to linear growth.
"""

from __future__ import annotations

from hostile.cases import Case

_SIZE = 24_000


# A seed of about `_SIZE` characters: `unit` repeated inside `frame` (where `{}` stands).
def _repeated(frame: str, unit: str) -> bytes:
    return frame.replace("{}", unit * (_SIZE // len(unit))).encode()


CASES: list[Case] = [
    Case("run-of-one-punctuation-mark", "builds", {"exclamations.txt": _repeated("The port Qz9801 opened {} today.", "!")},
         shows={"articles/exclamations/": "The port Qz9801 opened"}),
    Case("quote-and-attribution-repeated-in-one-sentence", "builds",
         {"chorus.txt": _repeated("The plan Qz9802{}.", ", “we agree,” said Ana Ruiz")},
         shows={"articles/chorus/": "The plan Qz9802"}),
    Case("reporting-verb-repeated", "builds", {"said-said.txt": _repeated("Ana Ruiz Qz9803{} yes.", " said")},
         shows={"articles/said-said/": "Ana Ruiz Qz9803 said said"}),
    Case("dated-phrases-in-one-sentence", "builds",
         {"calendar.txt": _repeated("It happened Qz9804{} again.", " on 3 March 2024,")},
         shows={"articles/calendar/": "It happened Qz9804 on 3 March 2024"}),
    Case("open-letter-one-organisation-per-paragraph", "builds",
         {"open-letter.txt": _repeated("The letter Qz9805 was signed by:{}", "\n\nHarbour Workers Union")},
         shows={"articles/open-letter/": "The letter Qz9805 was signed by:"}),
    Case("acronym-definitions-repeated", "builds",
         {"acronyms.txt": _repeated("Qz9806 {}", "The Mora Lina Board (MLB) met. ")},
         shows={"articles/acronyms/": "The Mora Lina Board"}),
]
