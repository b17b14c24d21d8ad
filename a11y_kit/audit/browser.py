"""Finding the system's Chromium, and the flags it needs to run headless on a closed network."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

if TYPE_CHECKING:  # the audit extra: this module is also read without it
    from playwright.sync_api import Page, Route

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


def navigations_off_the_site(page: Page, base_url: str, timeout_ms: float = 15_000) -> list[str]:
    """A list that fills with every address off ``base_url``'s origin the page is sent to (a
    redirect, a ``<meta http-equiv=refresh>``, a script), so that such a page is reported, not
    audited. The browser never goes there: the page's document is fetched without following
    redirects, and a navigation to another origin (of the page or one of its frames) is
    stopped, so the other host never receives a request. Subresources from elsewhere (a CDN's
    stylesheet) load as for any visitor."""
    origin = _origin(base_url)
    left: list[str] = []

    def stop_off_the_site(route: Route) -> None:
        request = route.request
        if not request.is_navigation_request():
            route.fallback()
            return
        if _origin(request.url) != origin:
            if request.frame == page.main_frame:
                left.append(request.url)
            route.abort("blockedbyclient")
            return
        try:
            response = route.fetch(max_redirects=0, timeout=timeout_ms)
        except Exception:
            route.abort("timedout")
            return
        target = urljoin(request.url, response.headers.get("location", ""))
        if 300 <= response.status < 400 and _origin(target) != origin:
            left.append(target)
            route.abort("blockedbyclient")
            return
        route.fulfill(response=response)

    page.route("**/*", stop_off_the_site)
    return left


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme, parts.netloc
