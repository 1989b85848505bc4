"""The editor's word on the merge (`corrections.yml`): names that are one entity, or never one.

A `same` list puts every record known by one of its names (compared by the
kind's key: `person_key`, or `organisation_key` and the acronym) in one group,
across articles, whatever the merge rules say. A `different` list keeps
apart records written as different entries of it (compared as written, only
case, accents and punctuation ignored): each gets a group of its own even when
the rules would have joined them, and a bare surname or acronym written as one
of its entries never joins another record.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .keys import plain


@dataclass(frozen=True)
class NameList:
    """One `same` or `different` list of names and its line in the corrections file."""

    line: int
    names: tuple[str, ...]


@dataclass(frozen=True)
class KindSteering:
    """The `same` and `different` lists of one kind of entity (people or organisations)."""

    same: tuple[NameList, ...] = ()
    different: tuple[NameList, ...] = ()

    def group_key(self, written: set[str], keys: set[str], key_of: Callable[[str], set[str]], natural: str) -> str | None:
        """Return the group key the editor imposes on a record, or None to let the merge rules decide.

        `written` are the record's name and acronym as written, `keys` its comparison keys,
        `key_of` gives a list name's comparison keys, `natural` is the key the rules give it.
        """
        for number, same in enumerate(self.same):
            if any(keys & key_of(name) for name in same.names):
                return same_key(number)
        spelled = {plain(text) for text in written} - {""}
        for number, different in enumerate(self.different):
            for entry, name in enumerate(different.names):
                if plain(name) in spelled:
                    return f"{natural} ≠{number}.{entry}"
        return None


@dataclass(frozen=True)
class Steering:
    """The editor's `same` and `different` lists for people and for organisations."""

    people: KindSteering = field(default_factory=KindSteering)
    organisations: KindSteering = field(default_factory=KindSteering)


def same_key(number: int) -> str:
    """Return the group key of the records named by the editor's `number`th `same` list (from 0)."""
    return f"=same {number}"


# Merging by the rules alone.
NO_STEERING = Steering()
