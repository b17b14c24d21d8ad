"""With JavaScript on, turning images off on a page drawn with them on shows the alt text."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from a11y_kit.audit.checks import page_findings
from a11y_kit.testing import preferences_cookie
from tests.browser.toolbar import option


def test_alt_text_appears_when_images_are_turned_off_by_the_script(
    page: Page, corpus_url: str
) -> None:
    page.context.add_cookies(
        [{"name": "a11y", "value": preferences_cookie(size="200"), "url": corpus_url}]
    )
    page.goto(corpus_url + "/tables")
    page.evaluate("window.__samePage = true")
    option(page, "Images", "Off").click()
    expect(page.get_by_text("Boiler house on Lenin street")).to_be_visible()
    problems = [
        f for f in page_findings(page, mode=True) if f.check.startswith(("images", "empty"))
    ]
    assert problems == []
    assert page.evaluate("window.__samePage") is True
