"""With images off, a link made of an image without alt text (an avatar) is still something to
see and to focus: it shows the best name there is, with JavaScript off and when the script
turns images off."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from a11y_kit.audit.checks import page_findings
from a11y_kit.testing import preferences_cookie
from tests.browser.toolbar import open_settings, option
from tests.support.sites.bare_site import served_page

PAGE = """<!doctype html><html lang="en" {{ a11y.html_attrs() }}><head><title>Comments</title>
{{ a11y.head() }}</head><body>{{ a11y.toolbar() }}<main><h1>Comments</h1>
<p><a href="/users/anna" id="avatar"><img src="/avatars/anna.png" width="32" height="32"></a>
Anna: the new benches are lovely.</p></main></body></html>"""


comments_url = served_page(PAGE)


def visit(page: Page, url: str, **settings: str) -> None:
    page.context.add_cookies(
        [{"name": "a11y", "value": preferences_cookie(**settings), "url": url}]
    )
    page.goto(url + "/")


def assert_the_avatar_link_can_be_seen(page: Page) -> None:
    expect(page.locator("#avatar")).to_have_text("anna.png")
    box = page.locator("#avatar").bounding_box()
    assert box is not None and box["width"] > 10 and box["height"] > 10
    assert [f for f in page_findings(page, mode=True) if f.check == "empty-focus-stop"] == []


@pytest.mark.browser_context_args(java_script_enabled=False)
def test_avatar_link_shows_its_image_name_with_images_off(page: Page, comments_url: str) -> None:
    visit(page, comments_url, images="off")
    assert_the_avatar_link_can_be_seen(page)


def test_avatar_link_shows_its_image_name_when_the_script_turns_images_off(
    page: Page, comments_url: str
) -> None:
    visit(page, comments_url)
    open_settings(page)
    option(page, "Images", "Off").click()
    assert_the_avatar_link_can_be_seen(page)
