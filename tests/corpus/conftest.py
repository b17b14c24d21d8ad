"""The corpus site over real HTTP, and its pages measured once per test session."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Browser

from a11y_kit.audit.runner import PageAudit, PageFinding, every_scheme
from a11y_kit.preferences import PreferenceModel
from tests.corpus.site import SITE_ICON_FONT

MODEL = PreferenceModel.build()
#: Normal mode, every scheme at 100 % and at 200 % + widest spacing + line spacing 2.
SETTINGS = every_scheme(MODEL)


@pytest.fixture(scope="session")
def corpus_audit(browser: Browser, corpus_url: str) -> PageAudit:
    """The audit a site owner runs, pointed at the corpus."""
    return PageAudit(browser, corpus_url, MODEL, icon_families=(SITE_ICON_FONT,))


@pytest.fixture(scope="session")
def layout_findings(corpus_audit: PageAudit) -> Callable[[str], list[PageFinding]]:
    """A corpus page's findings in every setting and width, JavaScript off (measured once)."""
    measured: dict[str, list[PageFinding]] = {}

    def findings(page: str) -> list[PageFinding]:
        if page not in measured:
            measured[page] = corpus_audit.layout(f"/{page}", SETTINGS)
        return measured[page]

    return findings
