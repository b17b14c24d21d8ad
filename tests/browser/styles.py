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


GENERIC_FAMILIES = ("serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui")


def text_fonts(font_family: str) -> str:
    """The families that draw text: up to the first generic one (icon fonts come after)."""
    families = [family.strip() for family in font_family.split(",")]
    ends = [index for index, family in enumerate(families) if family in GENERIC_FAMILIES]
    return ", ".join(families[: ends[0] + 1] if ends else families)


def computed_style(page: Page, selector: str) -> dict[str, str]:
    """The computed text properties of the first element matching ``selector``.

    Read once the page has loaded: right after a navigation commits, its stylesheets may still be
    on the way (and with request routing on, nothing comes from the cache).
    """
    page.wait_for_load_state()
    style = page.locator(selector).first.evaluate(
        """(element, names) => {
            const style = getComputedStyle(element);
            return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name)]));
        }""",
        list(TEXT_PROPERTIES),
    )
    return {**style, "font-family": text_fonts(style["font-family"])}
