"""With JavaScript on, turning images off on a page drawn with them on shows the alt text, and
what a script adds to a page after load gets images off and embedded content off too."""

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


def test_content_a_script_adds_after_load_gets_images_and_embeds_off(
    page: Page, corpus_url: str
) -> None:
    cookie = preferences_cookie(images="off", embeds="off")
    page.context.add_cookies([{"name": "a11y", "value": cookie, "url": corpus_url}])
    page.goto(corpus_url + "/script_content")
    expect(page.locator("body[data-station-shown]")).to_be_attached()
    expect(page.locator("#station .a11y-alt")).to_have_text("The school's entrance with a ramp")
    link = page.locator("#station a.a11y-embed-link")
    expect(link).to_have_text("Map of the way to School No. 3")
    expect(link).to_have_attribute("href", "/map-frame")
    expect(page.locator("#station iframe")).to_be_hidden()
