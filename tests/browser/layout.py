"""Layout checks in the page: horizontal scrolling, text outside the viewport, clipped or
overlapping text boxes."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page

_LAYOUT_PROBLEMS = (Path(__file__).parent / "js" / "layout_problems.js").read_text()


def layout_problems(page: Page) -> list[str]:
    """What a visitor would see broken: sideways scrolling, clipped or overlapping text."""
    return page.evaluate(_LAYOUT_PROBLEMS)
