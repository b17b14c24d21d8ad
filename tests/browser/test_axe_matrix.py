"""axe-core finds nothing on the demo in normal mode and in every mode the matrix spans."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from a11y_kit.audit.runner import AXE_OPTIONS
from a11y_kit.preferences import Preferences
from tests.browser.modes import DEMO_PAGES, MODE_MATRIX, MODEL, mode_id, visit_in_mode, widest

AXE = Axe()


def violations(page: Page) -> list[str]:
    """One line per axe violation: rule, impact and the first offending element."""
    found = AXE.run(page, options=AXE_OPTIONS).response["violations"]
    return [f"{v['id']} ({v['impact']}): {v['nodes'][0]['target']}" for v in found]


def test_axe_checks_the_enhanced_contrast_rule(page: Page, demo_url: str) -> None:
    page.goto(demo_url + "/")
    response = AXE.run(page, options={**AXE_OPTIONS, "resultTypes": ["passes"]}).response
    assert "color-contrast-enhanced" in {rule["id"] for rule in response["passes"]}


@pytest.mark.parametrize("preferences", MODE_MATRIX, ids=mode_id)
def test_demo_pages_have_no_axe_violations(
    page: Page, demo_url: str, preferences: Preferences | None
) -> None:
    found = {}
    for path in DEMO_PAGES:
        visit_in_mode(page, demo_url + path, preferences)
        found[path] = violations(page)
    assert found == {path: [] for path in DEMO_PAGES}


@pytest.mark.parametrize("scheme", MODEL.choices["scheme"])
@pytest.mark.parametrize("language", ["ru", "be"])
def test_toolbar_in_every_language_and_scheme_has_no_axe_violations(
    page: Page, demo_url: str, language: str, scheme: str
) -> None:
    page.set_extra_http_headers({"Accept-Language": language})
    visit_in_mode(page, demo_url + DEMO_PAGES[-1], widest(scheme, panel="open"))
    expect(page.locator(".a11y-toolbar")).to_have_attribute("lang", language)
    assert violations(page) == []
