"""Driving the toolbar as a visitor does: by the visible labels of groups and buttons."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import parse_qs

from playwright.sync_api import Locator, Page, Response, expect

#: Serif, 150 %, wide spacing, line spacing 1.5, dark blue on light blue.
CHOICES = (
    ("Font", "Times New Roman"),
    ("Font size", "150%"),
    ("Letter spacing", "Wide"),
    ("Line spacing", "1.5"),
    ("Color scheme", "on blue"),
)

#: What an ordinary paragraph computes to after CHOICES (browser default 16 px at 150 %).
EXPECTED_STYLE = {
    "font-family": '"Times New Roman", "Liberation Serif", Tinos, serif',
    "font-size": "24px",
    "letter-spacing": "2.88px",
    "line-height": "36px",
    "color": "rgb(6, 52, 98)",
    "background-color": "rgb(157, 209, 255)",
}


def switch_on(page: Page) -> None:
    """Press "Version for the visually impaired" and wait for the toolbar."""
    page.get_by_role("button", name="Version for the visually impaired").click()
    expect(page.get_by_role("region", name="Accessibility settings")).to_be_visible()
    page.wait_for_load_state()


def open_settings(page: Page) -> None:
    """Open the toolbar's "Settings" disclosure if it is closed (on a page done loading)."""
    page.wait_for_load_state()
    if page.locator(".a11y-toolbar__settings[open]").count() == 0:
        page.locator(".a11y-toolbar__summary").click()
    expect(page.locator(".a11y-toolbar__settings[open]")).to_have_count(1)


def option(page: Page, group: str, name: str) -> Locator:
    """One option button in a labelled group of the (opened) settings."""
    open_settings(page)
    return page.get_by_role("group", name=group).get_by_role("button", name=name, exact=True)


def choose(page: Page, group: str, option_name: str) -> None:
    """Press one option of a labelled group and wait until it shows as pressed."""
    button = option(page, group, option_name)
    button.click()
    # Without JavaScript the page reloads with "Settings" still open: wait, never toggle it.
    pressed = page.get_by_role("group", name=group).get_by_role(
        "button", name=option_name, exact=True
    )
    expect(pressed).to_have_attribute("aria-pressed", "true")
    page.wait_for_load_state()


def saves(setting: str) -> Callable[[Response], bool]:
    """Matches the script's save of ``setting``, never another save still on its way."""

    def saves_setting(response: Response) -> bool:
        body = parse_qs(response.request.post_data or "")
        return response.url.endswith("/a11y/preferences") and setting in body

    return saves_setting


def apply_choices(page: Page) -> None:
    """Switch the mode on and make every choice in CHOICES."""
    switch_on(page)
    for group, option in CHOICES:
        choose(page, group, option)
