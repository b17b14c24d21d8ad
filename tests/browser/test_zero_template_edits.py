"""Sites whose templates were not edited get the whole mode from ``A11Y_INJECT``; so does the
README's Bootstrap-Flask base template from its three calls."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from flask import Flask
from playwright.sync_api import Page, expect

from a11y_kit.audit.server import serving
from a11y_kit.testing import preferences_cookie
from tests.browser.styles import computed_style
from tests.browser.toolbar import choose, switch_on
from tests.support.sites.zero_edit_sites import (
    create_appbuilder_app,
    create_bootstrap_flask_app,
    create_untagged_app,
)

#: Each site, and an element of its own text whose colours show the scheme.
SITES: dict[str, tuple[Callable[[], Flask], str]] = {
    "untagged": (create_untagged_app, "main p"),
    "appbuilder": (create_appbuilder_app, ".container h2"),
    "bootstrap-flask": (create_bootstrap_flask_app, "main p"),
}
ON_BLUE = ("rgb(6, 52, 98)", "rgb(157, 209, 255)")
ON_BLACK = ("rgb(255, 255, 255)", "rgb(0, 0, 0)")


@pytest.fixture(scope="module", params=list(SITES))
def site(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    """One site over real HTTP: its URL and its text element."""
    create_app, text = SITES[request.param]
    with serving(create_app()) as url:
        yield url, text


def colours(page: Page, selector: str) -> tuple[str, str]:
    style = computed_style(page, selector)
    return style["color"], style["background-color"]


@pytest.mark.browser_context_args(java_script_enabled=False)
def test_first_paint_is_in_the_visitors_mode(page: Page, site: tuple[str, str]) -> None:
    url, text = site
    cookie = preferences_cookie(scheme="blue")
    page.context.add_cookies([{"name": "a11y", "value": cookie, "url": url}])
    page.goto(url + "/")
    assert colours(page, text) == ON_BLUE
    expect(page.get_by_role("region", name="Accessibility settings")).to_be_visible()


@pytest.mark.browser_context_args(java_script_enabled=False)
def test_toolbar_works_without_javascript(page: Page, site: tuple[str, str]) -> None:
    url, text = site
    page.goto(url + "/")
    switch_on(page)
    choose(page, "Color scheme", "on black")
    assert colours(page, text) == ON_BLACK
    expect(page.locator(".a11y-toolbar")).to_have_count(1)
