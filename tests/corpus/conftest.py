"""The corpus site over real HTTP, and its pages measured one view at a time.

A view is one setting at one width, JavaScript on or off. Each view is measured once per test
session, by the first test that asks for it, so no test waits for more than one view (and the
page's normal-mode icon fonts, measured once per page). The views are a sample chosen so that
each check sees what it can fail on, not the full product of settings and widths:

- on white and on black at 100 % at 1280 px: the colours at both ends (text, placeholders,
  field edges, checkbox states and icon-only controls; the three other schemes are drawn by the
  same rules in their own colours, and the scheme tests of ``tests/browser`` hold their ratios);
- the hardest setting (Times New Roman, 200 %, widest spacing, line spacing 2, images off,
  motion stopped, calm text) on black at 1280 and 320 px, and on blue at 320 px: the layout (a
  scheme changes no box);
- the hardest setting on black, embedded content off too, with JavaScript on, on a 390 px
  phone: what the page's scripts draw (menus, dialogs, content added after load).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import pytest
from playwright.sync_api import Browser

from a11y_kit.audit.runner import (
    DESKTOP,
    HARDEST,
    PHONE,
    TALL_PHONE,
    PageAudit,
    PageFinding,
    Setting,
    every_scheme,
)
from a11y_kit.preferences import PreferenceModel
from tests.corpus.site import PATHS, SITE_ICON_FONT

MODEL = PreferenceModel.build()
#: Normal mode, every scheme at 100 % and at 200 % + widest spacing + line spacing 2.
SETTINGS = every_scheme(MODEL)


class View(NamedTuple):
    """One setting at one width, with JavaScript on or off."""

    setting: Setting
    width: int
    javascript: bool = False

    @property
    def name(self) -> str:
        script = ", JavaScript on" if self.javascript else ""
        return f"{self.setting.name} @{self.width}px{script}"


def hardest(scheme: str) -> Setting:
    return Setting(f"on {scheme}, hardest", {**HARDEST, "scheme": scheme})


VIEWS = (
    *(
        View(Setting(f"on {scheme}, 100%", {"scheme": scheme}), DESKTOP)
        for scheme in ("white", "black")
    ),
    View(hardest("black"), DESKTOP),
    View(hardest("black"), PHONE),
    View(hardest("blue"), PHONE),
    View(
        Setting("on black, hardest, embeds off", {**HARDEST, "scheme": "black", "embeds": "off"}),
        TALL_PHONE,
        javascript=True,
    ),
)


@pytest.fixture(scope="session")
def corpus_audit(browser: Browser, corpus_url: str) -> PageAudit:
    """The audit a site owner runs, pointed at the corpus."""
    return PageAudit(browser, corpus_url, MODEL, icon_families=(SITE_ICON_FONT,))


@pytest.fixture(scope="session")
def view_findings(corpus_audit: PageAudit) -> Callable[[str, View], list[PageFinding]]:
    """A corpus page's findings in one view (each view measured once)."""
    measured: dict[tuple[str, str], list[PageFinding]] = {}
    icons: dict[str, dict[str, tuple[str, ...]]] = {}

    def findings(page: str, view: View) -> list[PageFinding]:
        key = (page, view.name)
        if key not in measured:
            if page not in icons:
                icons[page] = corpus_audit.normal_icons(PATHS[page])
            measured[key] = corpus_audit.view(
                PATHS[page],
                view.setting,
                view.width,
                javascript=view.javascript,
                normal_icons=icons[page],
            )
        return measured[key]

    return findings
