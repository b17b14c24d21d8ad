"""Embedded content off: frames and video hidden, a link with their title in their place."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect

from a11y_kit.audit.server import serving
from tests.browser.toolbar import choose, switch_on
from tests.support.sites.content_site import create_content_app


@pytest.fixture(scope="module")
def content_url() -> Iterator[str]:
    with serving(create_content_app()) as url:
        yield url


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_embeds_off_leaves_a_link_with_the_title(
    page: Page, content_url: str, javascript: bool
) -> None:
    if not javascript:
        page.route("**/*.js", lambda route: route.abort())
    page.goto(content_url + "/")
    switch_on(page)
    choose(page, "Embedded content", "Off")
    expect(page.locator("iframe")).to_be_hidden()
    expect(page.get_by_text("Map of the district")).to_be_visible()


def test_the_demos_map_becomes_a_link_with_embeds_off(page: Page, demo_url: str) -> None:
    page.goto(demo_url + "/news/central-street-repairs")
    expect(page.frame_locator("iframe.article__embed").get_by_role("img")).to_be_visible()
    switch_on(page)
    choose(page, "Embedded content", "Off")
    expect(page.locator("iframe.article__embed")).to_be_hidden()
    map_link = page.get_by_role("link", name="Map of the repaired section of Central Street")
    expect(map_link).to_be_visible()
    map_link.click()
    expect(page).to_have_url(demo_url + "/static/embeds/central-street-map.html")
