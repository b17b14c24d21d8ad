"""Boxes a site places with ``position: absolute`` by their bottom edge (a caption over a
picture's foot, a menu opening upwards): grown taller than their block by large text, the mode
shows them at their place in the page's order, not 99,999 px below the page."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.modes import visit_on_black
from tests.support.sites.bare_site import served_page

#: A picture with its caption held over its foot, and a footer menu that opens upwards.
HELD_BY_THEIR_FOOT = """<!doctype html><html lang="en" {{ a11y.html_attrs() }}><head>
<title>Museum</title><style>
.picture { position: relative; width: 300px; height: 200px; background: #456 }
.picture p { position: absolute; bottom: 0; left: 0; right: 0; margin: 0; background: #000c }
.languages { position: relative; margin-top: 4rem }
.languages ul { position: absolute; bottom: 100%; left: 0; margin: 0; display: none }
.languages.is-open ul { display: block }
</style>{{ a11y.head() }}</head><body>{{ a11y.toolbar() }}
<main><h1>The museum</h1><div class="picture"><p>The hall of the museum after its repair,
with the old tiles laid again</p></div>
<footer class="languages"><button type="button">Language</button>
<ul><li><a href="#en">English</a></li><li><a href="#be">Belarusian</a></li></ul></footer></main>
<script>
document.querySelector(".languages button").addEventListener("click",
  (event) => event.target.parentElement.classList.add("is-open"));</script>
</body></html>"""
PAGE_HEIGHT = "() => document.documentElement.scrollHeight"

pytestmark = pytest.mark.browser_context_args(viewport={"width": 390, "height": 800})


held_by_their_foot_url = served_page(HELD_BY_THEIR_FOOT)


@pytest.mark.browser_context_args(java_script_enabled=False)
def test_a_caption_held_by_its_foot_stays_in_the_page(
    page: Page, held_by_their_foot_url: str
) -> None:
    visit_on_black(page, held_by_their_foot_url)
    assert page.evaluate(PAGE_HEIGHT) < 5_000
    caption = page.locator(".picture p")
    caption.scroll_into_view_if_needed()
    expect(caption).to_be_in_viewport()


def test_a_menu_opening_upwards_opens_in_the_page(page: Page, held_by_their_foot_url: str) -> None:
    visit_on_black(page, held_by_their_foot_url)
    page.get_by_role("button", name="Language").click()
    assert page.evaluate(PAGE_HEIGHT) < 5_000
    english = page.get_by_role("link", name="English")
    english.scroll_into_view_if_needed()
    expect(english).to_be_in_viewport()
