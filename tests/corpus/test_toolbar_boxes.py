"""Host CSS never reaches into the toolbar or the switch: they measure the same on every site."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from a11y_kit.testing import preferences_cookie

#: Each site's page: the fixture serving it and the path.
SITES = {
    "demo": ("demo_url", "/news/library-opening-hours"),
    "bootstrap5": ("corpus_url", "/bootstrap5"),
    "bootstrap3": ("corpus_url", "/bootstrap3"),
    "px": ("px_site_url", "/"),
}
TOLERANCE_PX = 2
#: Every box a visitor sees in the toolbar, relative to the toolbar's top left corner.
TOOLBAR_BOXES = """toolbar => {
    const origin = toolbar.getBoundingClientRect();
    const parts = toolbar.querySelectorAll(
        "button, summary, fieldset, legend, .a11y-toolbar__current, .a11y-toolbar__bar");
    const boxes = { toolbar: [0, 0, origin.width, origin.height] };
    parts.forEach((part, index) => {
        const box = part.getBoundingClientRect();
        boxes[`${index} ${part.className || part.tagName}`] =
            [box.left - origin.left, box.top - origin.top, box.width, box.height];
    });
    return boxes;
}"""

pytestmark = pytest.mark.browser_context_args(viewport={"width": 1280, "height": 800})


def visit(page: Page, request: pytest.FixtureRequest, site: str, **settings: str) -> None:
    fixture, path = SITES[site]
    url = request.getfixturevalue(fixture)
    if settings:
        cookie = preferences_cookie(**settings)
        page.context.add_cookies([{"name": "a11y", "value": cookie, "url": url}])
    page.goto(url + path)


def toolbar_boxes(page: Page, request: pytest.FixtureRequest, site: str, size: str) -> dict:
    visit(page, request, site, size=size, spacing="wide", panel="open")
    return page.locator(".a11y-toolbar").evaluate(TOOLBAR_BOXES)


def switch_size(page: Page, request: pytest.FixtureRequest, site: str) -> tuple[float, float]:
    visit(page, request, site)
    box = page.locator("#a11y-switch").bounding_box()
    return box["width"], box["height"]


def differences(boxes: dict, reference: dict) -> list[str]:
    """Each box that is missing or off by more than the tolerance on any side."""
    return [
        f"{name}: {boxes.get(name)} vs {box}"
        for name, box in reference.items()
        if name not in boxes
        or any(abs(a - b) > TOLERANCE_PX for a, b in zip(boxes[name], box, strict=True))
    ]


@pytest.mark.parametrize("size", ["100", "200"])
@pytest.mark.parametrize("site", ["bootstrap5", "bootstrap3", "px"])
def test_toolbar_boxes_match_the_demos_within_2_px(
    page: Page, request: pytest.FixtureRequest, site: str, size: str
) -> None:
    reference = toolbar_boxes(page, request, "demo", size)
    measured = toolbar_boxes(page, request, site, size)
    assert len(reference) > 30
    assert differences(measured, reference) == []


@pytest.mark.parametrize("site", ["bootstrap5", "bootstrap3", "px"])
def test_switch_measures_the_same_as_on_the_demo(
    page: Page, request: pytest.FixtureRequest, site: str
) -> None:
    width, height = switch_size(page, request, "demo")
    other_width, other_height = switch_size(page, request, site)
    assert abs(other_width - width) <= TOLERANCE_PX and abs(other_height - height) <= TOLERANCE_PX


@pytest.mark.browser_context_args(viewport={"width": 320, "height": 640})
def test_the_switch_in_a_narrow_nav_keeps_the_page_within_the_screen(
    page: Page, corpus_url: str
) -> None:
    page.goto(corpus_url + "/tutorial")
    switch = page.get_by_role("button", name="Version for the visually impaired")
    assert switch.bounding_box()["height"] <= 48
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
