"""Letters and calendar words the reader, the extractors and the pages share."""

from __future__ import annotations

# Upper-case letters of the Latin, Greek and Cyrillic blocks (with Vietnamese and other
# extended Latin), so `Núñez`, `SÃO PAULO` and `Nguyễn` are capitalised like `Smith`.
UPPER = "".join(chr(c) for c in range(0x41, 0x2000) if chr(c).isupper())
APOSTROPHES = "'’"

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Capitalised labels that open a lead like a dateline but name no place (`UPDATE: …`).
DATELINE_KICKERS = frozenset("update updated breaking exclusive analysis opinion editorial correction watch live".split())
