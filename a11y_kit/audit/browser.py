"""Finding the system's Chromium, and the flags it needs to run headless on a closed network."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

#: Where Debian and others put Chromium, after ``A11Y_KIT_CHROMIUM`` and the PATH.
KNOWN_PATHS = ("/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser")
PATH_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
INSTALL_HINT = (
    "No Chromium found: install one (Debian: `apt-get install chromium fonts-liberation`), "
    "or pass --browser PATH, or set A11Y_KIT_CHROMIUM."
)


def find_chromium(explicit: str | None = None) -> str:
    """``explicit``, else ``A11Y_KIT_CHROMIUM``, else Debian's paths, else the PATH.

    Raises ``FileNotFoundError`` with how to install one when there is none.
    """
    override = explicit or os.environ.get("A11Y_KIT_CHROMIUM")
    if override:
        if Path(override).is_file():
            return override
        raise FileNotFoundError(f"No Chromium at {override}. {INSTALL_HINT}")
    for candidate in KNOWN_PATHS:
        if Path(candidate).is_file():
            return candidate
    for name in PATH_NAMES:
        found = shutil.which(name)
        if found:
            return found
    raise FileNotFoundError(INSTALL_HINT)
