"""``A11Y_COOKIE_DOMAIN``: a choice made on one subdomain holds on the others, and only with it.

Chromium resolves every ``*.example.test`` host to 127.0.0.1, so two host names reach one
live server as two sites of one domain.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserType, expect

from a11y_kit.audit.server import serving
from examples.news import create_app

ARTICLE = "/news/library-opening-hours"


@pytest.fixture(scope="module")
def resolving_example_test(
    browser_type: BrowserType, browser_type_launch_args: dict
) -> Iterator[Browser]:
    """A Chromium that sends every ``*.example.test`` host to 127.0.0.1."""
    args = [*browser_type_launch_args["args"], "--host-resolver-rules=MAP *.example.test 127.0.0.1"]
    browser = browser_type.launch(**{**browser_type_launch_args, "args": args})
    yield browser
    browser.close()


def mode_on_the_other_subdomain(browser: Browser, config: dict) -> str | None:
    """Switch the mode on at ``a.example.test`` (no JavaScript), then open ``b.example.test``:
    the mode ``<html>`` carries there at first paint."""
    with serving(create_app(config)) as url:
        port = url.rsplit(":", 1)[1]
        context = browser.new_context(java_script_enabled=False)
        try:
            page = context.new_page()
            page.goto(f"http://a.example.test:{port}{ARTICLE}")
            page.get_by_role("button", name="Version for the visually impaired").click()
            expect(page.locator("html")).to_have_attribute("data-a11y-mode", "on")
            page.goto(f"http://b.example.test:{port}{ARTICLE}")
            return page.locator("html").get_attribute("data-a11y-mode")
        finally:
            context.close()


def test_a_choice_on_one_subdomain_holds_on_another_with_the_cookie_domain(
    resolving_example_test: Browser,
) -> None:
    config = {"A11Y_COOKIE_DOMAIN": "example.test"}
    assert mode_on_the_other_subdomain(resolving_example_test, config) == "on"


def test_without_the_cookie_domain_each_subdomain_keeps_its_own(
    resolving_example_test: Browser,
) -> None:
    assert mode_on_the_other_subdomain(resolving_example_test, {}) == "off"
