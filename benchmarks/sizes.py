"""Bytes of CSS and JS the toolbar adds to a page, raw and gzipped."""

from __future__ import annotations

import gzip
from dataclasses import dataclass

from a11y_kit.page.assets import PrebuiltAssets, static_dir

#: The bundles every page of the mode links.
ALWAYS = ("css", "js")
#: nginx and most CDNs compress text at about this level.
GZIP_LEVEL = 6


@dataclass(frozen=True)
class AssetSize:
    """One shipped bundle's size."""

    filename: str
    raw: int
    gzipped: int
    #: The preference whose choice links it (``None``: every page of the mode links it).
    preference: str | None


def shipped_sizes() -> list[AssetSize]:
    """The size of every bundle ``a11y.head()`` may link."""
    sizes = []
    for kind, filename in PrebuiltAssets.load().filenames.items():
        data = (static_dir() / filename).read_bytes()
        gzipped = len(gzip.compress(data, GZIP_LEVEL))
        preference = None if kind in ALWAYS else kind.partition(".")[0]
        sizes.append(AssetSize(filename, len(data), gzipped, preference))
    return sizes
