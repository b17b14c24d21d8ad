"""At 320 CSS px wide and 200 % with the widest spacing, nothing scrolls sideways, is clipped
or overlaps (WCAG 1.4.4, 1.4.10, 1.4.12), on the demo and on a px-based fixed-width site."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.browser.layout import layout_problems
from tests.browser.modes import DEMO_PAGES, MODEL, visit_in_mode, widest

pytestmark = pytest.mark.browser_context_args(viewport={"width": 320, "height": 640})

NARROW = 320


@pytest.mark.parametrize("font", ["sans", "serif"])
@pytest.mark.parametrize("path", DEMO_PAGES)
def test_demo_reflows_at_200_percent(page: Page, demo_url: str, path: str, font: str) -> None:
    visit_in_mode(page, demo_url + path, widest("white", font))
    assert layout_problems(page) == []


def test_px_site_reflows_at_200_percent(page: Page, px_site_url: str) -> None:
    visit_in_mode(page, px_site_url + "/", widest("black"))
    assert layout_problems(page) == []


def test_px_site_scrolls_sideways_without_the_mode(page: Page, px_site_url: str) -> None:
    visit_in_mode(page, px_site_url + "/", None)
    assert any("scrolls sideways" in problem for problem in layout_problems(page))


@pytest.mark.parametrize("scheme", MODEL.choices["scheme"])
def test_open_toolbar_wraps_inside_the_viewport(page: Page, demo_url: str, scheme: str) -> None:
    visit_in_mode(page, demo_url + "/", widest(scheme, "serif", panel="open"))
    assert layout_problems(page) == []
    boxes = page.locator(".a11y-toolbar button:visible").evaluate_all(
        "buttons => buttons.map((b) => b.getBoundingClientRect().toJSON())"
    )
    assert len(boxes) > 20
    assert all(box["left"] >= 0 and box["right"] <= NARROW for box in boxes)
    assert len({round(box["top"]) for box in boxes}) > 5
