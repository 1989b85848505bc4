"""Word tables the cross-article merge reads (kept apart from the rules that use them)."""

from __future__ import annotations

# Heads of government bodies whose bare name (`Ministry of Foreign Affairs`) does not say
# which country's they are: without an owner they are never merged across articles.
OWNERLESS_HEADS = frozenset(
    """
    ministry secretariat department embassy consulate office agency directorate
    parliament senate congress cabinet presidency treasury police army navy
    """.split()
)

# Words that carry no content when two reports of one event are compared.
EVENT_STOPWORDS = frozenset(
    """
    a an the and or but of in on at to for from by with as into onto over under about after before
    during since until than then that this these those there their its it is are was were be been
    being will would shall should can could may might must has have had do does did not no so such
    said says say told according also which who whom whose what when where while if his her they
    them he she we our you your i me my mine new next last year years month months week weeks day
    days today yesterday tomorrow
    january february march april june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
)
