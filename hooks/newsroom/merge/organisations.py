"""Organisations across articles: one group per organisation, however each article writes it.

Rules, strictest first:

- Full names are compared by `organisation_key`: case, accents, a leading
  `the` and a possessive owner (`Peru's Ministry of X` ≡ `Ministry of X of
  Peru`) do not matter. Same key, same organisation, whatever acronym each
  article gives it, so a one-letter misspelling of the acronym (`PACC` for
  `PAC`) is merged only because the full name matches.
- A government body's bare name (`Ministry of Foreign Affairs`) names no
  country, so it is never merged across articles.
- An organisation an article names only by its acronym joins the one group
  that any article defined that acronym for; when two different full names
  share the acronym it stays on its own.
- A well-known body's forms (`Labour`, `Labour Party`) share its full name's key.
- Nothing is merged because names share a word.
- The editor's `same` and `different` lists (`steering.py`) come before all of these.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..extract.known import known_name
from ..model import Article, Organisation
from .keys import acronym_key, clean_name, is_ownerless, looks_like_acronym, organisation_key
from .steering import NO_STEERING, KindSteering


@dataclass
class OrganisationGroup:
    """One organisation across articles: each member is `(article index, organisation)`."""

    key: str
    members: list[tuple[int, Organisation]] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        """Distinct spellings of the name, by how many articles use them, first seen first.

        Full names as written, the most used first (a bare acronym only when nothing else is known).
        """
        counts = Counter(clean_name(o.name) for _, o in self.members)
        full = [name for name in counts if not looks_like_acronym(name)] or list(counts)
        return sorted(full, key=lambda name: -counts[name])

    @property
    def name(self) -> str:
        """The name its page is titled with."""
        return self.names[0]

    @property
    def acronyms(self) -> list[str]:
        """Distinct acronyms the articles give it, the most used first."""
        given = [o.acronym or (o.name if looks_like_acronym(o.name) else "") for _, o in self.members]
        counts = Counter(acronym for acronym in given if acronym)
        return sorted(counts, key=lambda acronym: -counts[acronym])

    @property
    def acronym(self) -> str | None:
        """The acronym its page shows, if any article gives one."""
        return self.acronyms[0] if self.acronyms else None

    @property
    def article_indexes(self) -> list[int]:
        """The articles that name it, in reading order."""
        return sorted({index for index, _ in self.members})


@dataclass
class OrganisationIndex:
    """Every organisation group, and how to find the group of a name or an article's record."""

    groups: list[OrganisationGroup]
    members: dict[tuple[int, int], OrganisationGroup]
    lookup: dict[str, list[OrganisationGroup]]

    def group_of(self, article_index: int, organisation_index: int) -> OrganisationGroup:
        """Return the group of `articles[article_index].organisations[organisation_index]`."""
        return self.members[(article_index, organisation_index)]

    def find(self, name: str | None) -> OrganisationGroup | None:
        """Return the one group known by this full name or acronym, else None.

        A name or an acronym that points at exactly one group anywhere.
        """
        if not name:
            return None
        found = {id(g): g for g in [*self.lookup.get(organisation_key(name), []), *self.lookup.get(_acronym(name), [])]}
        return next(iter(found.values())) if len(found) == 1 else None

    def find_in_article(self, articles: list[Article], article_index: int, name: str | None) -> OrganisationGroup | None:
        """Return the group the article means by `name`, looking in the article first.

        A name as one article uses it: its full name, acronym or short form (`the council`).
        """
        if not name:
            return None
        wanted = {organisation_key(name), _acronym(name)} - {""}
        found: dict[int, OrganisationGroup] = {}
        for index, organisation in enumerate(articles[article_index].organisations):
            keys = {organisation_key(organisation.name), acronym_key(organisation.acronym)}
            keys |= {organisation_key(mention.text) for mention in organisation.mentions}
            if wanted & keys:
                group = self.group_of(article_index, index)
                found[id(group)] = group
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
        return self.find(name)


# Acronym lookups are keyed apart from full names so `PAC` never meets a name `pac`.
def _acronym(name: str) -> str:
    return f"acronym:{acronym_key(name)}" if looks_like_acronym(name) else ""


# The group key of one record: its full name's key (a well-known body's by its full name, however the article
# writes it: `Labour` is `Labour Party`), kept per article for an ownerless body.
def _record_key(article_index: int, organisation: Organisation) -> str:
    key = organisation_key(known_name(clean_name(organisation.name)) or organisation.name)
    return f"{key} #{article_index}" if is_ownerless(key) else key


# The comparison keys of a name in a `same` list: its full-name key, and its acronym key when it is one.
def _list_keys(name: str) -> set[str]:
    return {organisation_key(name), _acronym(name)} - {""}


# The group key the editor's lists impose on a record, if any.
def _steered_key(steering: KindSteering, article_index: int, organisation: Organisation) -> str | None:
    written = {organisation.name, organisation.acronym or ""}
    keys = {organisation_key(organisation.name), _acronym(organisation.acronym or "")} - {""}
    if looks_like_acronym(organisation.name):
        keys.add(_acronym(organisation.name))
    return steering.group_key(written, keys, _list_keys, _record_key(article_index, organisation))


def merge_organisations(articles: list[Article], steering: KindSteering = NO_STEERING.organisations) -> OrganisationIndex:
    """Return the organisation groups of all the articles.

    Group every article's organisations (see the module docstring for the rules).
    """
    groups: dict[str, OrganisationGroup] = {}
    members: dict[tuple[int, int], OrganisationGroup] = {}
    bare: list[tuple[int, int, Organisation]] = []
    for i, article in enumerate(articles):
        for j, organisation in enumerate(article.organisations):
            steered = _steered_key(steering, i, organisation)
            if steered is None and looks_like_acronym(organisation.name):
                bare.append((i, j, organisation))
                continue
            key = steered or _record_key(i, organisation)
            group = groups.setdefault(key, OrganisationGroup(key))
            group.members.append((i, organisation))
            members[(i, j)] = group
    by_acronym: dict[str, list[OrganisationGroup]] = {}
    for group in groups.values():
        for acronym in group.acronyms:
            by_acronym.setdefault(acronym_key(acronym), []).append(group)
    for i, j, organisation in bare:
        defined = by_acronym.get(acronym_key(organisation.name), [])
        key = f"acronym {acronym_key(organisation.name)}" + ("" if len(defined) < 2 else f" #{i}")
        group = defined[0] if len(defined) == 1 else groups.setdefault(key, OrganisationGroup(key))
        group.members.append((i, organisation))
        members[(i, j)] = group
    lookup: dict[str, list[OrganisationGroup]] = {}
    for group in groups.values():
        keys = {_record_key(i, o) for i, o in group.members if not looks_like_acronym(o.name)}
        keys |= {f"acronym:{acronym_key(acronym)}" for acronym in group.acronyms}
        for key in keys:
            if "#" not in key:
                lookup.setdefault(key, []).append(group)
    return OrganisationIndex(list(groups.values()), members, lookup)
