"""A bar the site holds in place under a class of its own: with JavaScript, the mode makes it
scroll with the page, as it does the frameworks' bars (``tests/corpus`` holds those)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.layout import HIT_AT_CENTRE, TOOLBAR_CONTROLS
from tests.browser.modes import visit_on_black
from tests.support.sites.bare_site import served_page

#: A council's own header, cookie notice (fixed by its inline style) and "back to top" button,
#: all position: fixed.
OWN_BARS = """<!doctype html><html lang="en" {{ a11y.html_attrs() }}><head><title>Council</title>
<style>
.site-top { position: fixed; top: 0; left: 0; right: 0; padding: 1rem; background: #035 }
.site-top a { color: #fff } main { padding-top: 5rem }
.consent { padding: 1rem; background: #eee }
.to-top { position: fixed; right: 1rem; bottom: 6rem; width: 3rem; height: 3rem }
</style>{{ a11y.head() }}</head><body>{{ a11y.toolbar() }}
<header class="site-top"><a href="/">District council</a> <a href="/news">News</a>
<a href="/contacts">Contacts</a> {{ a11y.switch() }}</header>
<main><h1>News</h1>{% for n in range(30) %}<p>Item {{ n }} of the council's news.</p>{% endfor %}
</main><p class="consent" style="position: fixed; bottom: 0; left: 0; right: 0">This site
keeps your settings in a cookie.</p>
<a class="to-top" href="#">Top</a>
<nav class="sections"><a href="#budget">Budget</a> <a href="#roads">Roads</a></nav>
<style>.sections.is-held { position: fixed; top: 0; left: 0; right: 0; background: #ddd }</style>
<script>addEventListener("scroll", () => document.querySelector(".sections")
  .classList.toggle("is-held", scrollY > 200));</script></body></html>"""
POSITION = "(element) => getComputedStyle(element).position"

pytestmark = pytest.mark.browser_context_args(viewport={"width": 1280, "height": 800})


own_bars_url = served_page(OWN_BARS)


def test_the_sites_own_fixed_bars_scroll_with_the_page_in_the_mode(
    page: Page, own_bars_url: str
) -> None:
    visit_on_black(page, own_bars_url)
    hits = page.evaluate(HIT_AT_CENTRE, TOOLBAR_CONTROLS)
    assert hits and all(hit for _, hit in hits), hits
    assert page.locator(".site-top").evaluate(POSITION) == "static"
    assert page.locator(".consent").evaluate(POSITION) == "static"
    assert page.locator(".to-top").evaluate(POSITION) == "fixed"  # a button, not a bar
    page.mouse.wheel(0, 1500)
    expect(page.locator(".site-top")).not_to_be_in_viewport()


def test_a_bar_the_sites_script_holds_on_scrolling_scrolls_with_the_page_in_the_mode(
    page: Page, own_bars_url: str
) -> None:
    visit_on_black(page, own_bars_url)
    page.mouse.wheel(0, 600)
    sections = page.locator(".sections.is-held")
    expect(sections).to_have_attribute("data-a11y-unfixed", "")
    assert sections.evaluate(POSITION) == "static"


def test_the_sites_own_fixed_bars_stay_in_place_in_normal_mode(
    page: Page, own_bars_url: str
) -> None:
    page.goto(own_bars_url + "/")
    assert page.locator(".site-top").evaluate(POSITION) == "fixed"
