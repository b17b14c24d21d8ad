"""Preference cookies for browser tests: the matrix of modes a visitor can pick."""

from __future__ import annotations

import itertools
from urllib.parse import urlsplit

from playwright.sync_api import BrowserContext, Page

from a11y_kit.audit.runner import HARDEST
from a11y_kit.preferences import PreferenceModel, Preferences

MODEL = PreferenceModel.build()
SMALLEST_AND_LARGEST = (MODEL.choices["size"][0], MODEL.choices["size"][-1])
DEMO_PAGES = ("/", "/news/", "/news/library-opening-hours")


def cookie_for(preferences: Preferences) -> str:
    """The cookie value the server would write for ``preferences``."""
    return MODEL.serialize_cookie(preferences)


def widest(
    scheme: str, font: str = "sans", size: str = "200", panel: str = "closed"
) -> Preferences:
    """The mode with the widest letter and line spacing."""
    return Preferences(
        mode="on",
        font=font,
        size=size,
        spacing="wider",
        line_height="2",
        scheme=scheme,
        panel=panel,
    )


#: Normal mode, then every scheme x both fonts x smallest and largest size, widest spacing;
#: the toolbar's "Settings" open at the largest size, closed at the smallest.
MODE_MATRIX: tuple[Preferences | None, ...] = (
    None,
    *(
        widest(scheme, font, size, "open" if size == SMALLEST_AND_LARGEST[1] else "closed")
        for scheme, font, size in itertools.product(
            MODEL.choices["scheme"], MODEL.choices["font"], SMALLEST_AND_LARGEST
        )
    ),
)


def mode_id(preferences: Preferences | None) -> str:
    """A readable test id: ``normal`` or ``blue-serif-200-open``."""
    if preferences is None:
        return "normal"
    return f"{preferences.scheme}-{preferences.font}-{preferences.size}-{preferences.panel}"


def visit_in_mode(page: Page, url: str, preferences: Preferences | None) -> None:
    """Open ``url`` as a visitor whose cookie holds ``preferences`` (``None``: never set),
    stored for the whole site as the server stores it."""
    context: BrowserContext = page.context
    if preferences is not None:
        site = urlsplit(url)._replace(path="/", query="", fragment="").geturl()
        context.add_cookies([{"name": "a11y", "value": cookie_for(preferences), "url": site}])
    page.goto(url)


def visit_on_black(page: Page, url: str) -> None:
    """Open the page at ``url``/ in the mode's hardest setting, on black."""
    cookie = MODEL.cookie_for(**HARDEST, scheme="black")
    page.context.add_cookies([{"name": "a11y", "value": cookie, "url": url}])
    page.goto(url + "/")
