"""With JavaScript on, a choice applies at once, is saved with fetch, and is announced."""

from __future__ import annotations

import pytest
from playwright.sync_api import BrowserContext, Page, Route, expect

from a11y_kit.testing import preferences_cookie
from tests.browser.modes import visit_in_mode, widest
from tests.browser.styles import computed_style
from tests.browser.toolbar import choose, open_settings, option, saves, switch_on

ARTICLE = "/news/library-opening-hours"
PARAGRAPH = ".article__paragraph"
ENDPOINT = "**/a11y/preferences"
SPEECH_STUB = """
window.__spoken = [];
class Utterance { constructor(text) { this.text = text; } }
Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Utterance });
Object.defineProperty(window, "speechSynthesis", { value: {
  speaking: false, cancel() {}, speak(utterance) { window.__spoken.push(utterance.text); },
} });
"""
NO_SPEECH = 'Object.defineProperty(window, "speechSynthesis", { value: undefined });'


@pytest.fixture
def in_mode(page: Page, demo_url: str) -> Page:
    """The demo article in the accessibility mode, with a marker that a page load would lose."""
    page.goto(demo_url + ARTICLE)
    switch_on(page)
    page.evaluate("window.__samePage = true")
    return page


def test_click_changes_the_style_without_a_page_load(in_mode: Page) -> None:
    serif = option(in_mode, "Font", "Times New Roman")
    with in_mode.expect_response(saves("font")) as saved:
        serif.click()
    assert computed_style(in_mode, PARAGRAPH)["font-family"].startswith('"Times New Roman"')
    assert saved.value.status == 204
    assert in_mode.evaluate("window.__samePage") is True


def test_choice_is_saved_in_the_cookie(in_mode: Page, context: BrowserContext) -> None:
    on_black = option(in_mode, "Color scheme", "on black")
    with in_mode.expect_response(saves("scheme")):
        on_black.click()
    (cookie,) = [c for c in context.cookies() if c["name"] == "a11y"]
    assert cookie["value"] == preferences_cookie(scheme="black", panel="open")
    in_mode.reload()
    assert computed_style(in_mode, PARAGRAPH)["background-color"] == "rgb(0, 0, 0)"


def test_pressed_state_moves_to_the_new_choice(in_mode: Page) -> None:
    option(in_mode, "Letter spacing", "Wider").click()
    expect(option(in_mode, "Letter spacing", "Wider")).to_have_attribute("aria-pressed", "true")
    expect(option(in_mode, "Letter spacing", "Normal")).to_have_attribute("aria-pressed", "false")


def test_live_region_announces_the_change(in_mode: Page) -> None:
    option(in_mode, "Font size", "150%").click()
    expect(in_mode.get_by_role("status")).to_have_text("Font size 150%")


@pytest.mark.parametrize(
    ("bar_button", "announced"),
    [
        ("A+ Larger text", "Font size 125%"),
        ("Color scheme: on white", "Color scheme on black"),
    ],
)
def test_bar_buttons_announce_the_new_choice(
    in_mode: Page, bar_button: str, announced: str
) -> None:
    in_mode.get_by_role("button", name=bar_button).click()
    expect(in_mode.get_by_role("status")).to_have_text(announced)


def test_smaller_announces_the_new_size(page: Page, demo_url: str) -> None:
    page.context.add_cookies(
        [{"name": "a11y", "value": preferences_cookie(size="150"), "url": demo_url}]
    )
    page.goto(demo_url + ARTICLE)
    page.get_by_role("button", name="Smaller text").click()
    expect(page.get_by_role("status")).to_have_text("Font size 125%")


def test_reset_restores_the_defaults_at_once(in_mode: Page) -> None:
    option(in_mode, "Font size", "200%").click()
    with in_mode.expect_response(saves("reset")):
        in_mode.get_by_role("button", name="Reset settings").click()
    assert computed_style(in_mode, PARAGRAPH)["font-size"] == "16px"
    assert in_mode.evaluate("window.__samePage") is True


def test_options_work_from_the_keyboard(in_mode: Page) -> None:
    target = option(in_mode, "Line spacing", "2")
    for _ in range(40):
        if target.evaluate("button => button === document.activeElement"):
            break
        in_mode.keyboard.press("Tab")
    in_mode.keyboard.press("Enter")
    expect(target).to_have_attribute("aria-pressed", "true")
    option(in_mode, "Line spacing", "1.5").focus()
    in_mode.keyboard.press("Space")
    assert computed_style(in_mode, PARAGRAPH)["line-height"] == "24px"


def test_plain_form_works_when_the_script_fails_to_load(page: Page, demo_url: str) -> None:
    page.route("**/*.js", lambda route: route.abort())
    page.goto(demo_url + ARTICLE)
    switch_on(page)
    choose(page, "Color scheme", "on blue")
    assert computed_style(page, PARAGRAPH)["background-color"] == "rgb(157, 209, 255)"


def test_failed_save_falls_back_to_the_form_post(in_mode: Page) -> None:
    def refuse_fetch(route: Route) -> None:
        if route.request.headers.get("accept") == "application/json":
            route.abort()
        else:
            route.continue_()

    in_mode.route(ENDPOINT, refuse_fetch)
    with in_mode.expect_navigation():
        option(in_mode, "Images", "Grayscale").click()
    expect(option(in_mode, "Images", "Grayscale")).to_have_attribute("aria-pressed", "true")
    assert in_mode.evaluate("window.__samePage") is None


def test_listen_reads_the_main_content(page: Page, demo_url: str) -> None:
    page.add_init_script(SPEECH_STUB)
    page.goto(demo_url + ARTICLE)
    switch_on(page)
    open_settings(page)
    page.get_by_role("button", name="Listen").click()
    (spoken,) = page.evaluate("window.__spoken")
    assert "central district library is open on Sundays" in spoken


def test_listen_is_hidden_without_speech_support(page: Page, demo_url: str) -> None:
    page.add_init_script(NO_SPEECH)
    page.goto(demo_url + ARTICLE)
    switch_on(page)
    expect(page.locator(".a11y-toolbar__listen")).to_be_hidden()
    open_settings(page)
    expect(page.get_by_role("button", name="Reset")).to_be_visible()
    expect(page.locator(".a11y-toolbar__listen")).to_be_hidden()


@pytest.mark.browser_context_args(java_script_enabled=False)
def test_listen_is_hidden_without_javascript_in_open_settings(page: Page, demo_url: str) -> None:
    visit_in_mode(page, demo_url + ARTICLE, widest("white", panel="open"))
    expect(page.get_by_role("button", name="Reset")).to_be_visible()
    expect(page.locator(".a11y-toolbar__listen")).to_be_hidden()
