"""Under the demo's strict CSP (``default-src 'self'``, nothing inline) nothing is blocked."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.browser.modes import DEMO_PAGES, visit_in_mode, widest
from tests.browser.toolbar import choose

LISTEN_FOR_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""


@pytest.fixture
def watched(page: Page) -> Page:
    """A page that records every CSP violation from its first script on."""
    page.add_init_script(LISTEN_FOR_VIOLATIONS)
    return page


@pytest.mark.parametrize("path", DEMO_PAGES)
def test_pages_in_the_mode_cause_no_csp_violation(watched: Page, demo_url: str, path: str) -> None:
    response = watched.request.get(demo_url + path)
    assert response.headers["content-security-policy"] == "default-src 'self'"
    visit_in_mode(watched, demo_url + path, widest("blue"))
    watched.wait_for_load_state("load")
    assert watched.evaluate("window.__cspViolations") == []


def test_instant_toggling_causes_no_csp_violation(watched: Page, demo_url: str) -> None:
    visit_in_mode(watched, demo_url + "/news/", widest("white", size="100"))
    choose(watched, "Color scheme", "on brown")
    choose(watched, "Images", "Grayscale")
    assert watched.evaluate("window.__cspViolations") == []


def test_an_inline_style_would_be_caught(watched: Page, demo_url: str) -> None:
    watched.goto(demo_url + "/")
    watched.evaluate(
        "document.head.append(Object.assign(document.createElement('style'), {textContent: 'p{}'}))"
    )
    watched.wait_for_function("window.__cspViolations.length > 0")
    assert watched.evaluate("window.__cspViolations")[0].startswith("style-src")
