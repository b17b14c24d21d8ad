"""Reading what the visitor sees: computed styles of an element."""

from __future__ import annotations

from playwright.sync_api import Page

TEXT_PROPERTIES = (
    "font-family",
    "font-size",
    "letter-spacing",
    "line-height",
    "color",
    "background-color",
)


def computed_style(page: Page, selector: str) -> dict[str, str]:
    """The computed text properties of the first element matching ``selector``."""
    return page.locator(selector).first.evaluate(
        """(element, names) => {
            const style = getComputedStyle(element);
            return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name)]));
        }""",
        list(TEXT_PROPERTIES),
    )
