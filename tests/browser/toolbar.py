"""Driving the toolbar as a visitor does: by the visible labels of groups and buttons."""

from __future__ import annotations

from playwright.sync_api import Page, expect

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


def choose(page: Page, group: str, option: str) -> None:
    """Press one option of a labelled group and wait until it shows as pressed."""
    button = page.get_by_role("group", name=group).get_by_role("button", name=option, exact=True)
    button.click()
    expect(
        page.get_by_role("group", name=group).get_by_role("button", name=option, exact=True)
    ).to_have_attribute("aria-pressed", "true")


def apply_choices(page: Page) -> None:
    """Switch the mode on and make every choice in CHOICES."""
    switch_on(page)
    for group, option in CHOICES:
        choose(page, group, option)
