"""The toolbar's states look deliberate in every scheme: a pressed, an unpressed and a disabled
button each paint their label with the button's own background, never the page's."""

from __future__ import annotations

import io
from collections import Counter

import pytest
from playwright.sync_api import Locator, Page

from a11y_kit.testing import preferences_cookie
from tests.browser.modes import MODEL

ARTICLE = "/news/library-opening-hours"
#: What each state is, on the bar and in the open settings at 100 % with sans chosen.
STATES = {
    "pressed": ".a11y-toolbar button[aria-pressed=true]:has(#a11y-font-sans)",
    "unpressed": ".a11y-toolbar button[aria-pressed=false]:has(#a11y-font-serif)",
    "disabled": ".a11y-toolbar__step--smaller:disabled",
}
#: Pixels kept clear of the button's border and rounded corners.
INSET_PX = 4


def background(picture: bytes) -> tuple[int, ...]:
    """The colour most pixels of a PNG have: the background behind any text."""
    from PIL import Image

    image = Image.open(io.BytesIO(picture)).convert("RGB")
    data = image.tobytes()
    return Counter(zip(data[0::3], data[1::3], data[2::3], strict=True)).most_common(1)[0][0]


def button_and_label_backgrounds(page: Page, button: Locator) -> tuple[tuple, tuple]:
    """The background inside the button's border, and behind its label."""
    box, label = button.bounding_box(), button.locator("span").first.bounding_box()
    assert box is not None and label is not None
    inside = {
        "x": box["x"] + INSET_PX,
        "y": box["y"] + INSET_PX,
        "width": box["width"] - 2 * INSET_PX,
        "height": box["height"] - 2 * INSET_PX,
    }
    return (
        background(page.screenshot(clip=inside)),
        background(page.screenshot(clip=label)),
    )


@pytest.mark.parametrize("state", list(STATES))
@pytest.mark.parametrize("scheme", MODEL.choices["scheme"])
def test_a_buttons_label_has_its_buttons_background(
    page: Page, demo_url: str, scheme: str, state: str
) -> None:
    cookie = preferences_cookie(scheme=scheme, size="100", panel="open")
    page.context.add_cookies([{"name": "a11y", "value": cookie, "url": demo_url}])
    page.goto(demo_url + ARTICLE)
    button = page.locator(STATES[state])
    inside, behind_the_label = button_and_label_backgrounds(page, button)
    assert behind_the_label == inside


def visit(page: Page, url: str, **settings: str) -> None:
    page.context.add_cookies(
        [{"name": "a11y", "value": preferences_cookie(**settings), "url": url}]
    )
    page.goto(url + ARTICLE)


def test_a_disabled_step_is_dashed_not_struck_through(page: Page, demo_url: str) -> None:
    visit(page, demo_url, size="100")
    step = page.locator(STATES["disabled"])
    look = step.evaluate(
        "b => [getComputedStyle(b).textDecorationLine, getComputedStyle(b).borderTopStyle]"
    )
    assert look == ["none", "dashed"]


def test_the_scheme_buttons_value_sits_on_its_prefixs_baseline(page: Page, demo_url: str) -> None:
    visit(page, demo_url, size="200")
    bottoms = page.locator("#a11y-bar-scheme").evaluate(
        """label => {
            const value = document.createRange();
            value.selectNodeContents(label.lastChild);
            return [label.firstElementChild.getBoundingClientRect().bottom,
                    value.getBoundingClientRect().bottom];
        }"""
    )
    assert abs(bottoms[0] - bottoms[1]) <= 1


@pytest.mark.browser_context_args(viewport={"width": 1280, "height": 800})
def test_opening_settings_leaves_the_settings_button_in_place(page: Page, demo_url: str) -> None:
    visit(page, demo_url, size="200")
    summary = page.locator(".a11y-toolbar__summary")
    closed = summary.bounding_box()
    summary.click()
    assert page.locator(".a11y-toolbar__settings[open]").count() == 1
    assert summary.bounding_box() == closed
