"""The compact toolbar: a short bar first, the rest behind "Settings", focus kept after a choice."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from a11y_kit.testing import preferences_cookie
from tests.browser.toolbar import open_settings, option

ARTICLE = "/news/library-opening-hours"
#: Tab stops the bar may hold before the page's own content, settings closed.
MAX_BAR_STOPS = 6


def visit(page: Page, url: str, path: str = ARTICLE, **settings: str) -> None:
    page.context.add_cookies(
        [{"name": "a11y", "value": preferences_cookie(**settings), "url": url}]
    )
    page.goto(url + path)


def after_the_fragment_scroll(page: Page) -> None:
    """Wait until the new page has loaded, has focus and has its fragment's target (a Tab
    pressed before the document has focus goes nowhere, as no visitor's would)."""
    page.wait_for_load_state()
    page.bring_to_front()
    page.locator(":target").wait_for(state="attached")


def focused_label(page: Page) -> str:
    return page.evaluate(
        "() => document.activeElement.getAttribute('aria-label') ||"
        " document.activeElement.textContent.trim()"
    )


def stops_in_the_toolbar(page: Page) -> list[str]:
    """The labels Tab reaches, from the top of the page, until focus leaves the toolbar."""
    labels = []
    for _ in range(20):
        page.keyboard.press("Tab")
        if not page.evaluate("() => !!document.activeElement.closest('.a11y-toolbar')"):
            return labels
        labels.append(focused_label(page))
    raise AssertionError(f"focus never left the toolbar: {labels}")


@pytest.mark.browser_context_args(java_script_enabled=False, viewport={"width": 320, "height": 640})
def test_phone_bar_has_at_most_six_tab_stops_skip_link_first(page: Page, demo_url: str) -> None:
    visit(page, demo_url, size="200", spacing="wider", line_height="2")
    stops = stops_in_the_toolbar(page)
    assert len(stops) <= MAX_BAR_STOPS, stops
    assert stops[0] == "Skip to content"
    assert stops.index("Normal version") < 3


HARDEST = {
    "size": "200",
    "scheme": "black",
    "font": "serif",
    "spacing": "wider",
    "line_height": "2",
}


@pytest.mark.browser_context_args(
    java_script_enabled=False, viewport={"width": 1280, "height": 800}
)
def test_closed_bar_at_1280_is_one_row_of_six_stops_in_a_tenth_of_the_screen(
    page: Page, demo_url: str
) -> None:
    visit(page, demo_url, **HARDEST)
    bar = page.locator(".a11y-toolbar")
    assert bar.bounding_box()["height"] <= 800 / 10
    tops = page.locator(".a11y-toolbar__bar > :is(form, details) :is(button, summary):visible")
    assert len({round(control.bounding_box()["y"]) for control in tops.all()}) == 1
    assert len(stops_in_the_toolbar(page)) <= MAX_BAR_STOPS


@pytest.mark.browser_context_args(viewport={"width": 390, "height": 844})
def test_open_settings_on_a_phone_fit_the_screen_and_scroll_inside(
    page: Page, demo_url: str
) -> None:
    visit(page, demo_url, **HARDEST)
    open_settings(page)
    assert page.locator(".a11y-toolbar").bounding_box()["height"] <= 844
    reset = page.get_by_role("button", name="Reset settings")
    reset.scroll_into_view_if_needed()
    box = reset.bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= 844


def test_skip_link_shows_when_focused_and_leads_to_the_main_content(
    page: Page, demo_url: str
) -> None:
    visit(page, demo_url)
    skip = page.get_by_role("link", name="Skip to content")
    assert skip.bounding_box()["height"] <= 1
    page.keyboard.press("Tab")
    expect(skip).to_be_focused()
    assert skip.bounding_box()["height"] >= 24
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()


@pytest.mark.browser_context_args(java_script_enabled=False)
def test_without_javascript_the_skip_link_jumps_past_the_toolbar(page: Page, demo_url: str) -> None:
    visit(page, demo_url)
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("() => !document.activeElement.closest('.a11y-toolbar')")


@pytest.mark.browser_context_args(java_script_enabled=False)
def test_after_a_choice_in_settings_tab_goes_to_the_next_option(page: Page, demo_url: str) -> None:
    visit(page, demo_url)
    with page.expect_navigation(url="**#a11y-size-150"):
        option(page, "Font size", "150%").click()
    after_the_fragment_scroll(page)
    page.keyboard.press("Tab")
    expect(option(page, "Font size", "175%")).to_be_focused()


@pytest.mark.browser_context_args(java_script_enabled=False)
def test_after_a_step_in_the_bar_tab_goes_to_the_next_control(page: Page, demo_url: str) -> None:
    visit(page, demo_url)
    with page.expect_navigation(url="**#a11y-bar-size-larger"):
        page.get_by_role("button", name="A+ Larger text").click()
    after_the_fragment_scroll(page)
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Color scheme: on white")).to_be_focused()


@pytest.mark.browser_context_args(java_script_enabled=False)
def test_settings_stay_open_after_a_choice_without_javascript(page: Page, demo_url: str) -> None:
    visit(page, demo_url)
    with page.expect_navigation():
        option(page, "Letter spacing", "Wide").click()
    expect(page.locator(".a11y-toolbar__settings")).to_have_attribute("open", "")


@pytest.mark.browser_context_args(java_script_enabled=False)
def test_settings_are_closed_on_the_next_page_without_javascript(page: Page, demo_url: str) -> None:
    visit(page, demo_url)
    with page.expect_navigation():
        option(page, "Letter spacing", "Wide").click()
    page.goto(demo_url + "/news/")
    expect(page.locator(".a11y-toolbar__settings")).not_to_have_attribute("open", "")


def test_open_settings_are_remembered_across_pages(page: Page, demo_url: str) -> None:
    visit(page, demo_url)
    with page.expect_response("**/a11y/preferences"):
        open_settings(page)
    page.goto(demo_url + "/news/")
    expect(page.locator(".a11y-toolbar__settings")).to_have_attribute("open", "")


def test_bar_follows_a_choice_made_with_javascript(page: Page, demo_url: str) -> None:
    visit(page, demo_url, size="175")
    page.get_by_role("button", name="A+ Larger text").click()
    expect(page.locator(".a11y-toolbar__current")).to_have_text("200%")
    expect(page.get_by_role("button", name="A+ Larger text")).to_be_disabled()
    page.get_by_role("button", name="Color scheme: on white").click()
    expect(page.locator("html")).to_have_attribute("data-a11y-scheme", "black")
    expect(page.locator(".a11y-toolbar__next--scheme")).to_have_text("Color scheme: on black")


def test_switch_shows_an_eye_and_is_at_least_44_px(page: Page, demo_url: str) -> None:
    page.goto(demo_url + ARTICLE)
    switch = page.get_by_role("button", name="Version for the visually impaired")
    box = switch.bounding_box()
    assert box is not None and box["width"] >= 44 and box["height"] >= 44
    expect(switch.locator("svg.a11y-switch__icon")).to_be_visible()


def test_in_the_mode_normal_version_takes_the_switchs_place(page: Page, demo_url: str) -> None:
    visit(page, demo_url, scheme="blue")
    expect(page.locator("#a11y-switch")).to_be_hidden()
    expect(page.get_by_role("button", name="Normal version")).to_have_count(1)


#: The demo's article, and the px-based site's page.
FIRST_SCREEN_PAGES = {"demo": ("demo_url", ARTICLE), "px": ("px_site_url", "/")}


@pytest.mark.parametrize("site", list(FIRST_SCREEN_PAGES))
@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("width, height", [(320, 640), (390, 844), (1280, 800)])
def test_main_content_starts_on_the_first_screen_at_200_percent(
    browser: Browser,
    request: pytest.FixtureRequest,
    site: str,
    javascript: bool,
    width: int,
    height: int,
) -> None:
    fixture, path = FIRST_SCREEN_PAGES[site]
    url = request.getfixturevalue(fixture)
    context = browser.new_context(
        viewport={"width": width, "height": height}, java_script_enabled=javascript
    )
    try:
        page = context.new_page()
        visit(page, url, path, size="200", spacing="wider", line_height="2")
        main_top = page.locator("main").bounding_box()["y"]
    finally:
        context.close()
    assert main_top < height


#: Pages whose first phone screen must be mostly the page: the demo's and two frameworks'.
PAGE_SHARE_PAGES = {
    "demo": ("demo_url", ARTICLE),
    "bootstrap5": ("corpus_url", "/bootstrap5"),
    "govuk": ("corpus_url", "/govuk"),
}
#: At least this much of a 320 x 640 screen at 200 % is the page's own main content.
MIN_PAGE_SHARE = 0.4


@pytest.mark.parametrize("site", list(PAGE_SHARE_PAGES))
@pytest.mark.browser_context_args(viewport={"width": 320, "height": 640})
def test_at_200_percent_on_a_phone_40_percent_of_the_first_screen_is_the_page(
    page: Page, request: pytest.FixtureRequest, site: str
) -> None:
    fixture, path = PAGE_SHARE_PAGES[site]
    visit(page, request.getfixturevalue(fixture), path, size="200")
    main_top = page.locator("main").bounding_box()["y"]
    assert (640 - main_top) / 640 >= MIN_PAGE_SHARE


def test_page_drawn_with_settings_open_saves_nothing_on_load(page: Page, demo_url: str) -> None:
    saves = []
    page.on("request", lambda request: saves.append(request.url) if request.method == "POST" else 0)
    visit(page, demo_url, panel="open")
    page.wait_for_load_state("networkidle")
    expect(page.locator(".a11y-toolbar__settings")).to_have_attribute("open", "")
    assert saves == []


#: A site's own stylesheet restyling the bar through its documented custom properties.
SITE_BAR_LOOK = """:root{--a11y-toolbar-radius:0;--a11y-toolbar-gap:1rem;
--a11y-toolbar-border:4px;--a11y-toolbar-content-width:40rem}"""


def test_the_site_restyles_the_bar_with_custom_properties(page: Page, px_site_url: str) -> None:
    page.set_viewport_size({"width": 1280, "height": 800})
    visit(page, px_site_url, "/", scheme="white")
    page.add_style_tag(content=SITE_BAR_LOOK)
    bar = page.locator(".a11y-toolbar__bar")
    look = {
        "radius": page.locator(".a11y-toolbar__summary").evaluate(
            "e => getComputedStyle(e).borderTopLeftRadius"
        ),
        "gap": bar.evaluate("e => getComputedStyle(e).columnGap"),
        "line": page.locator(".a11y-toolbar").evaluate(
            "e => getComputedStyle(e).borderBottomWidth"
        ),
        "width": bar.evaluate("e => Math.round(e.getBoundingClientRect().width)"),
    }
    assert look == {"radius": "0px", "gap": "16px", "line": "4px", "width": 640}
