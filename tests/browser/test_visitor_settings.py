"""The visitor's own settings come first: forced colours, more contrast, reduced motion."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.browser.modes import visit_in_mode, widest
from tests.browser.toolbar import option

ARTICLE = "/news/library-opening-hours"
BLUE_BACKGROUND = "rgb(157, 209, 255)"


def test_forced_colours_replace_the_scheme(page: Page, demo_url: str) -> None:
    page.emulate_media(forced_colors="active")
    visit_in_mode(page, demo_url + ARTICLE, widest("blue"))
    background = page.locator(".article__paragraph").first.evaluate(
        "p => getComputedStyle(p).backgroundColor"
    )
    assert background != BLUE_BACKGROUND


def test_toolbar_stays_usable_in_forced_colours(page: Page, demo_url: str) -> None:
    page.emulate_media(forced_colors="active")
    visit_in_mode(page, demo_url + ARTICLE, widest("blue"))
    pressed = option(page, "Color scheme", "on blue")
    marker, border = pressed.evaluate(
        """b => [getComputedStyle(b, "::before").content, getComputedStyle(b).borderTopStyle]"""
    )
    assert "✓" in marker and border == "double"
    other = option(page, "Color scheme", "on black")
    other.click()
    expect(other).to_have_attribute("aria-pressed", "true")


def test_more_contrast_thickens_focus_and_borders(page: Page, demo_url: str) -> None:
    page.emulate_media(contrast="more")
    visit_in_mode(page, demo_url + ARTICLE, widest("beige"))
    arial = option(page, "Font", "Arial")
    arial.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    outline, border = arial.evaluate(
        "b => [getComputedStyle(b).outlineWidth, getComputedStyle(b).borderTopWidth]"
    )
    assert (outline, border) == ("4px", "3px")


def test_reduced_motion_stops_the_sites_animations(page: Page, px_site_url: str) -> None:
    page.emulate_media(reduced_motion="reduce")
    visit_in_mode(page, px_site_url + "/", widest("white"))
    animation = page.locator(".notice").evaluate(
        "n => [getComputedStyle(n).animationName, getComputedStyle(n).transitionDuration]"
    )
    assert animation == ["none", "0s"]


def test_site_animations_run_when_motion_is_welcome(page: Page, px_site_url: str) -> None:
    visit_in_mode(page, px_site_url + "/", widest("white"))
    assert page.locator(".notice").evaluate("n => getComputedStyle(n).animationName") == "pulse"
