"""Page slugs stay short enough to be file names, unique and stable, however long the name."""

from __future__ import annotations

import pytest

from newsroom import extract_text
from newsroom.catalogue import build_catalogue
from newsroom.catalogue.slugs import page_slug
from newsroom.filenames import MAX_SLUG_LENGTH, short_slug
from newsroom.site import site_files


def test_a_short_name_keeps_its_plain_slug() -> None:
    assert short_slug("Harbour Authority", "organisation") == "harbour-authority"
    assert short_slug("…", "organisation") == "organisation"


@pytest.mark.parametrize("name", ["Harbour " * 60, "港口" * 100, "x" * 400, "Ünïcödé Ärchive " * 30])
def test_a_long_name_is_cut_at_a_word_and_ends_with_a_hash_of_the_whole(name: str) -> None:
    slug = short_slug(name, "organisation")
    assert len(slug) <= MAX_SLUG_LENGTH and slug.isascii()
    head, digest = slug.rsplit("-", 1)
    assert len(digest) == 8 and int(digest, 16) >= 0
    assert not head.endswith("-")
    assert short_slug(name, "organisation") == slug  # stable


def test_long_names_that_differ_only_at_the_end_get_different_slugs() -> None:
    base = "Northern Coastal Fisheries Development " * 5
    one, two = page_slug(base + "Authority", "organisation"), page_slug(base + "Agency", "organisation")
    assert one != two and one.rsplit("-", 1)[0] == two.rsplit("-", 1)[0]


def test_every_generated_path_component_fits_a_file_name() -> None:
    name = "Harbour " + " ".join(["Northern Coastal Fisheries Development And Maritime Infrastructure"] * 6) + " Authority"
    text = f"The summit was hosted by the {name} on Monday.\n\nThe {name} said the port would reopen."
    article = extract_text(text, "seeds/" + "港口重新开放" * 13 + ".txt")
    catalogue = build_catalogue([article])
    assert len(next(iter(catalogue.organisations.values())).name) > 255
    for path in site_files([article]):
        assert all(len(part.encode()) <= 100 for part in path.split("/")), path
