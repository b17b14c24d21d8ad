"""Bytes of CSS and JS the toolbar adds to a page, raw and gzipped."""

from __future__ import annotations

import gzip
from dataclasses import dataclass

from a11y_kit.page.assets import PrebuiltAssets, static_dir

#: nginx and most CDNs compress text at about this level.
GZIP_LEVEL = 6


@dataclass(frozen=True)
class AssetSize:
    """One shipped bundle's size."""

    filename: str
    raw: int
    gzipped: int


def shipped_sizes() -> list[AssetSize]:
    """The size of every bundle ``a11y.head()`` links."""
    sizes = []
    for filename in PrebuiltAssets.load().filenames.values():
        data = (static_dir() / filename).read_bytes()
        sizes.append(AssetSize(filename, len(data), len(gzip.compress(data, GZIP_LEVEL))))
    return sizes
