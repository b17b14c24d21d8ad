"""Where Debian's Chromium is and how the tests start it."""

from __future__ import annotations

import os
from pathlib import Path

CHROMIUM_CANDIDATES = ("/usr/lib/chromium/chromium", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium_path() -> str:
    """Debian's Chromium (or ``A11Y_KIT_CHROMIUM``); fails loudly when there is none."""
    override = os.environ.get("A11Y_KIT_CHROMIUM")
    candidates = (override,) if override else CHROMIUM_CANDIDATES
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return candidate
    raise RuntimeError(
        f"No Chromium at {candidates}: run `apt-get install chromium fonts-liberation` "
        "or set A11Y_KIT_CHROMIUM to a Chromium binary."
    )
