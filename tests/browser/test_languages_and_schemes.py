"""A Russian-speaking visitor gets a Russian toolbar; a site's own scheme styles the page."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect

from a11y_kit.audit.server import serving
from tests.browser.styles import computed_style
from tests.browser.toolbar import choose
from tests.support.sites.minimal_site import create_app

GREY = {"name": "grey", "label": "on grey", "foreground": "#111111", "background": "#d0d0d0"}


@pytest.fixture(scope="module")
def grey_site_url() -> Iterator[str]:
    """A site offering white and its own grey scheme."""
    with serving(create_app(config={"A11Y_SCHEMES": ["white", GREY]})) as url:
        yield url


@pytest.mark.browser_context_args(locale="ru-RU", java_script_enabled=False)
def test_russian_visitor_uses_a_russian_toolbar(page: Page, demo_url: str) -> None:
    page.goto(demo_url + "/news/library-opening-hours")
    page.get_by_role("button", name="Версия для слабовидящих").click()
    toolbar = page.get_by_role("region", name="Настройки для слабовидящих")
    expect(toolbar).to_have_attribute("lang", "ru")
    choose(page, "Цветовая схема", "Белым по чёрному")
    assert computed_style(page, ".article__paragraph")["background-color"] == "rgb(0, 0, 0)"


def test_site_scheme_styles_the_page(page: Page, grey_site_url: str) -> None:
    page.goto(grey_site_url + "/")
    page.get_by_role("button", name="Version for the visually impaired").click()
    choose(page, "Color scheme", "on grey")
    style = computed_style(page, ".article")
    assert (style["color"], style["background-color"]) == ("rgb(17, 17, 17)", "rgb(208, 208, 208)")
