"""Keyboard-only use: the switch is near the start, every option works, focus is visible
(at least 3:1 against its background in every scheme) and never hidden; targets are large."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Locator, Page, expect

from a11y_kit.preferences.contrast import contrast_ratio
from tests.browser.modes import MODEL, visit_in_mode, widest
from tests.browser.toolbar import open_settings, option

MAX_TABS = 60
ARTICLE = "/news/library-opening-hours"


def tab_to(page: Page, target: Locator, limit: int = MAX_TABS) -> int:
    """Press Tab until ``target`` has focus; the number of presses it took."""
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return presses
    raise AssertionError(f"{target} not reached in {limit} Tab presses")


def rgb(css_colour: str) -> tuple[int, int, int]:
    """``"rgb(6, 52, 98)"`` → ``(6, 52, 98)``."""
    red, green, blue = (int(part) for part in re.findall(r"\d+", css_colour)[:3])
    return red, green, blue


def test_switch_is_reached_within_three_tabs(page: Page, demo_url: str) -> None:
    page.goto(demo_url + "/")
    switch = page.get_by_role("button", name="Version for the visually impaired")
    assert tab_to(page, switch, limit=3) <= 3
    page.keyboard.press("Enter")
    expect(page.get_by_role("region", name="Accessibility settings")).to_be_visible()


def test_every_option_works_from_the_keyboard(page: Page, demo_url: str) -> None:
    visit_in_mode(page, demo_url + ARTICLE, widest("white", size="100"))
    open_settings(page)
    options = page.locator(".a11y-toolbar button[aria-pressed]")
    for index in range(options.count()):
        button = options.nth(index)
        tab_to(page, button)
        page.keyboard.press("Space")
        expect(button).to_have_attribute("aria-pressed", "true")


@pytest.mark.parametrize("scheme", MODEL.choices["scheme"])
def test_focus_indicator_contrasts_with_the_page(page: Page, demo_url: str, scheme: str) -> None:
    visit_in_mode(page, demo_url + ARTICLE, widest(scheme, size="100"))
    arial = option(page, "Font", "Arial")
    tab_to(page, arial)
    outline = arial.evaluate(
        """element => {
            const style = getComputedStyle(element);
            return [style.outlineStyle, parseFloat(style.outlineWidth), style.outlineColor,
                    getComputedStyle(document.body).backgroundColor];
        }"""
    )
    style, width, colour, background = outline
    assert style == "solid" and width >= 2
    assert contrast_ratio(rgb(colour), rgb(background)) >= 3


@pytest.mark.parametrize("site", ["demo", "px_site"])
def test_focused_element_is_never_covered(
    page: Page, request: pytest.FixtureRequest, site: str
) -> None:
    url = request.getfixturevalue(f"{site}_url") + (ARTICLE if site == "demo" else "/")
    visit_in_mode(page, url, widest("blue"))
    covered = []
    for key in ["Tab"] * MAX_TABS + ["Shift+Tab"] * MAX_TABS:
        page.keyboard.press(key)
        hidden = page.evaluate(
            """() => {
                const element = document.activeElement;
                if (!element || element === document.body) return null;
                const box = element.getClientRects()[0];
                const top = document.elementFromPoint(box.left + box.width / 2,
                                                      box.top + box.height / 2);
                return element.contains(top) ? "" : element.outerHTML.slice(0, 80);
            }"""
        )
        if hidden:
            covered.append(hidden)
    assert covered == []


def test_toolbar_targets_are_at_least_44_px(page: Page, demo_url: str) -> None:
    visit_in_mode(page, demo_url + ARTICLE, widest("white", size="100"))
    open_settings(page)
    sizes = page.locator(".a11y-toolbar :is(button, summary):visible").evaluate_all(
        "buttons => buttons.map((b) => [b.offsetWidth, b.offsetHeight])"
    )
    assert len(sizes) > 20 and all(width >= 44 and height >= 44 for width, height in sizes)
