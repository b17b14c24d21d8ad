"""``data-a11y-keep``: a map and a chart the owner marks keep the site's own look in the mode,
while the page around them is in the mode."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from a11y_kit.audit.runner import HARDEST
from tests.corpus.conftest import MODEL

#: The computed styles that draw each element: an HTML box's colours, font and size; an SVG
#: shape's paint and size; an SVG text's paint and font.
STYLE = """element => {
    const drawn = !(element instanceof SVGElement)
        ? ["color", "background-color", "font-family", "font-size", "font-weight",
           "letter-spacing", "width", "height", "display", "filter"]
        : element.localName === "text"
        ? ["fill", "font-family", "font-size", "font-weight", "letter-spacing", "filter"]
        : ["fill", "stroke", "width", "height", "filter"];
    const style = getComputedStyle(element);
    return drawn.map((name) => style.getPropertyValue(name));
}"""
#: What the marked map and chart draw: the map's box, a label, a control, a bar and a text of
#: the chart (each sets its own colours and font, as map and chart libraries do; the chart's
#: ``<svg>`` draws nothing itself and inherits the page's).
KEPT = [".map", ".map .marker", ".map .zoom", ".chart rect", ".chart text"]


def styles(page: Page, url: str, selectors: list[str], **settings: str) -> list[list[str]]:
    if settings:
        page.context.add_cookies(
            [{"name": "a11y", "value": MODEL.cookie_for(**settings), "url": url}]
        )
    page.goto(url + "/kept")
    return [page.locator(selector).first.evaluate(STYLE) for selector in selectors]


@pytest.mark.parametrize("scheme", MODEL.choices["scheme"])
def test_marked_content_keeps_the_sites_look_in_the_mode(
    page: Page, corpus_url: str, scheme: str
) -> None:
    normal = styles(page, corpus_url, KEPT)
    in_the_mode = styles(page, corpus_url, KEPT, **{**HARDEST, "scheme": scheme})
    assert in_the_mode == normal


def test_the_page_around_marked_content_is_in_the_mode(page: Page, corpus_url: str) -> None:
    [normal] = styles(page, corpus_url, ["main > p"])
    [in_the_mode] = styles(page, corpus_url, ["main > p"], **{**HARDEST, "scheme": "black"})
    assert in_the_mode[:2] == ["rgb(255, 255, 255)", "rgb(0, 0, 0)"]
    assert in_the_mode[2].startswith('"Times New Roman"') and in_the_mode[2] != normal[2]
