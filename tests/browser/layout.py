"""Layout checks in the page: horizontal scrolling, text outside the viewport, clipped or
overlapping text boxes."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page

_LAYOUT_PROBLEMS = (Path(__file__).parent / "js" / "layout_problems.js").read_text()


def layout_problems(page: Page) -> list[str]:
    """What a visitor would see broken: sideways scrolling, clipped or overlapping text."""
    return page.evaluate(_LAYOUT_PROBLEMS)


#: Whether the centre of every drawn control matching the selector hits the control itself:
#: [its text, hit].
HIT_AT_CENTRE = """(selector) => [...document.querySelectorAll(selector)]
  .filter((control) => control.checkVisibility())
  .map((control) => {
    const box = control.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return [control.textContent.trim(), !!hit && control.contains(hit)];
  })"""
#: The toolbar's own controls.
TOOLBAR_CONTROLS = ".a11y-toolbar__bar > * :is(button, summary)"
