"""With JavaScript off, the toolbar's plain forms put the page into the chosen mode."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from playwright.sync_api import Page, expect

from tests.browser.styles import computed_style
from tests.browser.toolbar import EXPECTED_STYLE, apply_choices, choose, option, switch_on

pytestmark = pytest.mark.browser_context_args(java_script_enabled=False)

DEMO_ARTICLE = "/news/library-opening-hours"
SITE_PARAGRAPH = ".article"


@dataclass(frozen=True)
class Site:
    """A host site: where to start, a paragraph there, a link away and a paragraph there."""

    url: str
    paragraph: str
    link: str
    other_paragraph: str


@pytest.fixture(params=["demo", "px_site", "installed_wheel"])
def site(request: pytest.FixtureRequest) -> Site:
    """The demo news site, the px-based site, and the minimal site from an installed wheel."""
    if request.param == "demo":
        url = request.getfixturevalue("demo_url") + DEMO_ARTICLE
        return Site(url, ".article__paragraph", "News", ".news-card__summary")
    url = request.getfixturevalue(f"{request.param}_url") + "/"
    return Site(url, SITE_PARAGRAPH, "Other page", SITE_PARAGRAPH)


def test_choices_restyle_the_paragraph(page: Page, site: Site) -> None:
    page.goto(site.url)
    apply_choices(page)
    assert computed_style(page, site.paragraph) == EXPECTED_STYLE


def test_choices_hold_on_another_page(page: Page, site: Site) -> None:
    page.goto(site.url)
    apply_choices(page)
    page.get_by_role("main").get_by_role("link", name=site.link, exact=True).click()
    expect(page).not_to_have_url(site.url)
    assert computed_style(page, site.other_paragraph) == EXPECTED_STYLE


def test_choices_hold_after_reload(page: Page, site: Site) -> None:
    page.goto(site.url)
    apply_choices(page)
    page.reload()
    assert computed_style(page, site.paragraph) == EXPECTED_STYLE


def test_each_choice_is_a_page_load(page: Page, demo_url: str) -> None:
    page.goto(demo_url + DEMO_ARTICLE)
    switch_on(page)
    with page.expect_navigation():
        option(page, "Font size", "175%").click()
    assert page.url.partition("#")[0] == demo_url + DEMO_ARTICLE


def test_normal_version_restores_the_site_look(page: Page, px_site_url: str) -> None:
    page.goto(px_site_url + "/")
    before = computed_style(page, SITE_PARAGRAPH)
    apply_choices(page)
    toolbar = page.get_by_role("region", name="Accessibility settings")
    toolbar.get_by_role("button", name="Normal version").click()
    expect(page.get_by_role("button", name="Version for the visually impaired")).to_be_visible()
    assert computed_style(page, SITE_PARAGRAPH) == before


def test_redirect_returns_to_the_same_page(page: Page, demo_url: str) -> None:
    page.goto(demo_url + DEMO_ARTICLE)
    switch_on(page)
    choose(page, "Font size", "200%")
    assert page.url.partition("#")[0] == demo_url + DEMO_ARTICLE
