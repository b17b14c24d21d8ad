"""The blockers a visitor in the mode hit on Flask apps the mode had never seen, each on a corpus
page that has the pattern: a fixed navbar over the toolbar, a dialog taller than the screen, a
field that widens a phone's page, a dropdown, a field without an edge, toggler bars and carets,
a name that cannot wrap. (Content a script adds after load: ``test_images_off_with_javascript``;
the toolbar's own size: ``tests/browser/test_compact_toolbar.py``.)"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from a11y_kit.audit.runner import HARDEST
from tests.browser.layout import HIT_AT_CENTRE, TOOLBAR_CONTROLS
from tests.corpus.conftest import MODEL

ON_BLACK = {**HARDEST, "scheme": "black"}
WIDE = {"viewport": {"width": 1280, "height": 800}}
PHONE = {"viewport": {"width": 320, "height": 640}}


def visit(page: Page, url: str, path: str, **settings: str) -> None:
    page.context.add_cookies([{"name": "a11y", "value": MODEL.cookie_for(**settings), "url": url}])
    page.goto(url + path)


@pytest.mark.browser_context_args(java_script_enabled=False, **WIDE)
@pytest.mark.parametrize(
    ("path", "bar"), [("/bootstrap4_admin", "nav.navbar"), ("/pure", ".pure-menu-fixed")]
)
def test_a_fixed_navbar_never_covers_the_toolbar(
    page: Page, corpus_url: str, path: str, bar: str
) -> None:
    visit(page, corpus_url, path, **ON_BLACK)
    hits = page.evaluate(HIT_AT_CENTRE, TOOLBAR_CONTROLS)
    assert hits and all(hit for _, hit in hits), hits
    page.mouse.wheel(0, 1200)
    expect(page.locator(bar)).not_to_be_in_viewport()


@pytest.mark.browser_context_args(**WIDE)
def test_a_dialog_taller_than_the_screen_can_be_submitted(page: Page, corpus_url: str) -> None:
    visit(page, corpus_url, "/bootstrap4_dialog", **ON_BLACK)
    page.get_by_role("button", name="Save").click(trial=True, timeout=5_000)


@pytest.mark.browser_context_args(java_script_enabled=False, **PHONE)
def test_a_search_field_in_a_flex_menu_never_widens_a_phones_page(
    page: Page, corpus_url: str
) -> None:
    visit(page, corpus_url, "/foundation", **ON_BLACK)
    field = page.get_by_role("searchbox", name="Search")
    box = field.bounding_box()
    assert box["x"] + box["width"] <= 320


@pytest.mark.browser_context_args(java_script_enabled=False, **PHONE)
def test_a_link_named_by_a_hashed_file_name_wraps(page: Page, corpus_url: str) -> None:
    visit(page, corpus_url, "/bootstrap4_admin", **ON_BLACK)
    name = page.locator(".a11y-alt", has_text="5f4dcc3b5aa765d61d8327deb882cf99.svg")
    expect(name).to_be_visible()
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 320


@pytest.mark.browser_context_args(**WIDE)
def test_a_navbar_dropdown_opens_on_a_mouse_click(page: Page, corpus_url: str) -> None:
    visit(page, corpus_url, "/bootstrap4_admin", **ON_BLACK)
    page.get_by_role("button", name="Reports").click()
    expect(page.get_by_role("link", name="Monthly")).to_be_visible()


@pytest.mark.browser_context_args(java_script_enabled=False, **WIDE)
def test_a_field_the_site_draws_without_a_border_keeps_an_edge(page: Page, corpus_url: str) -> None:
    visit(page, corpus_url, "/tailwind", **ON_BLACK)
    edge = page.locator("#patient").evaluate(
        "e => [getComputedStyle(e).borderTopWidth, getComputedStyle(e).borderTopColor]"
    )
    assert edge == ["2px", "rgb(255, 255, 255)"]


@pytest.mark.browser_context_args(java_script_enabled=False, **PHONE)
def test_bootstrap_3_toggler_bars_are_drawn_in_the_text_colour(page: Page, corpus_url: str) -> None:
    visit(page, corpus_url, "/bootstrap3_login", **ON_BLACK)
    drawn = page.locator(".icon-bar").first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert drawn == "rgb(255, 255, 255)"


@pytest.mark.browser_context_args(java_script_enabled=False, **WIDE)
def test_a_css_triangle_caret_keeps_its_shape(page: Page, corpus_url: str) -> None:
    visit(page, corpus_url, "/bootstrap4_admin", **ON_BLACK)
    sides = page.locator("#reports-menu").evaluate(
        """e => ["Top", "Right", "Left"].map(
             (side) => getComputedStyle(e, "::after")[`border${side}Color`])"""
    )
    assert sides == ["rgb(255, 255, 255)", "rgba(0, 0, 0, 0)", "rgba(0, 0, 0, 0)"]


@pytest.mark.browser_context_args(java_script_enabled=False, **PHONE)
@pytest.mark.parametrize(
    ("path", "column"),
    [("/bootstrap5_dashboard", ".row-cols-1 > .col"), ("/bulma", ".columns > .column")],
)
def test_a_grid_rows_columns_keep_their_gutter_on_both_sides(
    page: Page, corpus_url: str, path: str, column: str
) -> None:
    """A row's negative margins stay, so its columns' padding leaves the same room left and
    right (capped at its parent's width, a row loses its right gutter)."""
    visit(page, corpus_url, path, **ON_BLACK)
    box = page.locator(column).first.evaluate(
        """e => { const inner = e.getBoundingClientRect(), style = getComputedStyle(e);
                  return [inner.left + parseFloat(style.paddingLeft),
                          document.documentElement.clientWidth - inner.right
                            + parseFloat(style.paddingRight)]; }"""
    )
    assert abs(box[0] - box[1]) <= 1, box


@pytest.mark.browser_context_args(java_script_enabled=False, **PHONE)
def test_a_flex_column_is_as_wide_as_its_box_whatever_its_longest_word(
    page: Page, corpus_url: str
) -> None:
    """USWDS's alert lays its text out as a flex column with room for an icon: one column, its
    text keeps inside the screen (a long word breaks at the edge)."""
    visit(page, corpus_url, "/uswds", **ON_BLACK)
    text = page.locator(".usa-alert__text").bounding_box()
    assert text["x"] + text["width"] <= 320
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 320


BANNER_FROM_HEADER = """() => {
  const header = document.querySelector("header").getBoundingClientRect();
  return document.querySelector(".banner").getBoundingClientRect().left - header.left;
}"""
BANNER_AND_NEIGHBOURS = """() => [".banner", "header a", "main h1"].map(
  (selector) => document.querySelector(selector).getBoundingClientRect().toJSON())"""


@pytest.mark.browser_context_args(java_script_enabled=False, **WIDE)
def test_a_box_placed_beside_a_blocks_start_stays_there_when_the_text_grows(
    page: Page, corpus_url: str
) -> None:
    """Grown taller than its block by large text, a box the site placed 560 px in stays there
    (moved to its block's start, it lay over the site's name)."""
    visit(page, corpus_url, "/small_app", **ON_BLACK)
    assert page.evaluate(BANNER_FROM_HEADER) == 560


@pytest.mark.browser_context_args(java_script_enabled=False, **PHONE)
def test_a_box_placed_past_a_phones_edge_shows_after_what_comes_before_it(
    page: Page, corpus_url: str
) -> None:
    visit(page, corpus_url, "/small_app", **ON_BLACK)
    banner, site_name, _ = page.evaluate(BANNER_AND_NEIGHBOURS)
    assert banner["top"] >= site_name["bottom"]
    assert banner["right"] <= 320


@pytest.mark.browser_context_args(**PHONE)
def test_with_javascript_a_box_placed_past_a_phones_edge_takes_its_place_in_the_flow(
    page: Page, corpus_url: str
) -> None:
    visit(page, corpus_url, "/small_app", **ON_BLACK)
    expect(page.locator(".banner")).to_have_attribute("data-a11y-unfixed", "")
    banner, site_name, heading = page.evaluate(BANNER_AND_NEIGHBOURS)
    assert site_name["bottom"] <= banner["top"] and banner["bottom"] <= heading["top"]
