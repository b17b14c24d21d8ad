"""Under the demo's strict CSP (``default-src 'self'``, nothing inline) nothing is blocked; on a
host whose CSP allows styles and scripts only by nonce, the mode's carry Flask-Talisman's."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask_talisman import Talisman
from playwright.sync_api import Page

from a11y_kit.audit.server import serving
from tests.browser.modes import DEMO_PAGES, visit_in_mode, widest
from tests.browser.styles import computed_style
from tests.browser.toolbar import choose, option, saves
from tests.support.sites.minimal_site import create_app as create_minimal_app

#: Styles and scripts only with this response's nonce: no ``'self'`` for them.
NONCE_ONLY = {"default-src": "'self'", "style-src": "", "script-src": ""}

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


@pytest.fixture(scope="module")
def nonce_host_url() -> Iterator[str]:
    """The minimal host under Flask-Talisman with a nonce-only CSP, over real HTTP."""
    app = create_minimal_app()
    Talisman(
        app,
        content_security_policy=NONCE_ONLY,
        content_security_policy_nonce_in=["style-src", "script-src"],
        force_https=False,
    )
    with serving(app) as url:
        yield url


def test_nonce_only_host_loads_the_mode_and_its_script(watched: Page, nonce_host_url: str) -> None:
    visit_in_mode(watched, nonce_host_url + "/", widest("black", size="100"))
    assert "'nonce-" in watched.request.get(nonce_host_url + "/").headers["content-security-policy"]
    article = computed_style(watched, ".article")
    assert (article["color"], article["background-color"]) == ("rgb(255, 255, 255)", "rgb(0, 0, 0)")
    watched.evaluate("window.__samePage = true")
    with watched.expect_response(saves("font")):
        option(watched, "Font", "Times New Roman").click()
    assert computed_style(watched, ".article")["font-family"].startswith('"Times New Roman"')
    assert watched.evaluate("window.__samePage") is True
    assert watched.evaluate("window.__cspViolations") == []
