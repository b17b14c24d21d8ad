"""Where the toolbar's CSS and JS live, and their cache-busting versions."""

from __future__ import annotations

import hashlib
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
STYLESHEET = "a11y_kit.css"


def static_dir() -> Path:
    """``a11y_kit/static`` in an installed wheel, ``static/`` in a source checkout."""
    installed = _PACKAGE_DIR / "static"
    return installed if installed.is_dir() else _PACKAGE_DIR.parent / "static"


def content_version(filename: str) -> str:
    """A short hash of a static file's bytes, for cache-busting URLs."""
    return hashlib.sha256((static_dir() / filename).read_bytes()).hexdigest()[:12]
