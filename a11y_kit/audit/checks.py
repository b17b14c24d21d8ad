"""The checks, run on a Playwright page as it is drawn now."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from playwright.sync_api import FloatRect, Page

from ..preferences.contrast import contrast_ratio

_HERE = Path(__file__).parent
_SELECTOR_JS = (_HERE / "selector.js").read_text()
#: Words in the first family of an icon font's ``font-family``.
ICON_FAMILY_WORDS = ("icon", "awesome", "glyph", "symbols")
#: WCAG 1.4.11: the state of a control and the parts of a graphic need 3:1.
MIN_GRAPHIC_CONTRAST = 3.0
_ICON_MARK = "data-a11y-audit-icon"
_BOX_MARK = "data-a11y-audit-box"


def _script(name: str) -> str:
    """``name``.js as one function, with ``selectorOf`` in scope."""
    body = (_HERE / name).read_text().strip()
    return f"(argument) => {{ {_SELECTOR_JS}\nreturn ({body})(argument); }}"


_CHECKS, _ICONS, _BOXES = _script("checks.js"), _script("icons.js"), _script("boxes.js")


class Finding(NamedTuple):
    """One thing a visitor would find broken: which check, where, and the measured figure."""

    check: str
    selector: str
    figure: str
    #: What was measured of the element that chooses the advice (``advice.CAUSES``).
    cause: str = ""


#: How long a view's document may take to arrive, and its checks to run.
VIEW_BUDGET_MS = 15_000


def page_findings(page: Page, mode: bool, budget_ms: int = VIEW_BUDGET_MS) -> list[Finding]:
    """Layout, text, form and image checks (``checks.js``), stopped with an error past
    ``budget_ms``."""
    found = page.evaluate(_CHECKS, {"mode": mode, "budget": budget_ms})
    return [Finding(**finding) for finding in found]


IconFonts = dict[str, tuple[str, ...]]


def icon_fonts(
    page: Page, extra_families: tuple[str, ...] = (), selectors: list[str] | None = None
) -> IconFonts:
    """Each icon's selector and the fonts Chromium really drew it with (DevTools protocol).

    Without ``selectors`` the icons are found on the page; with them, those elements are read.
    """
    arguments = {
        "mark": _ICON_MARK,
        "words": list(ICON_FAMILY_WORDS),
        "families": list(extra_families),
        "selectors": selectors,
    }
    if not page.evaluate(_ICONS, arguments):
        return {}
    session = page.context.new_cdp_session(page)
    try:
        session.send("DOM.enable")
        session.send("CSS.enable")
        document = session.send("DOM.getDocument", {"depth": -1, "pierce": True})
        drawn: IconFonts = {}
        for node in _walk(document["root"]):
            attributes = node.get("attributes", [])
            names = attributes[::2]
            if _ICON_MARK not in names:
                continue
            fonts: set[str] = set()
            for part in (node, *node.get("pseudoElements", [])):
                answer = session.send("CSS.getPlatformFontsForNode", {"nodeId": part["nodeId"]})
                fonts.update(font["familyName"] for font in answer["fonts"])
            drawn[attributes[names.index(_ICON_MARK) * 2 + 1]] = tuple(sorted(fonts))
        return drawn
    finally:
        session.detach()


def _walk(node: dict) -> Iterator[dict]:
    yield node
    for child in node.get("children", []):
        yield from _walk(child)


def changed_icons(normal: IconFonts, in_mode: IconFonts) -> list[Finding]:
    """Icons drawn with other fonts in the mode than in normal mode (a wrong glyph or a box).

    An icon not drawn at all in the mode (inside a collapsed menu) reports no font: skipped.
    """
    return [
        Finding("icon-glyphs", selector, f"{', '.join(fonts)} → {', '.join(in_mode[selector])}")
        for selector, fonts in normal.items()
        if fonts and in_mode.get(selector) and in_mode[selector] != fonts
    ]


#: The page's full size, in the coordinates of a full-page screenshot.
_PAGE_SIZE = "() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]"
_VIEWPORT_SIZE = "() => [innerWidth, innerHeight]"


def _shot(page: Page, box: dict, in_viewport: bool = False) -> bytes:
    """A PNG of ``box`` (in page coordinates, or the viewport's), clipped to the page (or the
    viewport); empty when it lies wholly outside (an off-canvas menu, a control scrolled away
    inside its own box, a zero-sized one)."""
    width, height = page.evaluate(_VIEWPORT_SIZE if in_viewport else _PAGE_SIZE)
    left, top = max(box["x"], 0), max(box["y"], 0)
    right, bottom = min(box["x"] + box["width"], width), min(box["y"] + box["height"], height)
    if right - left < 1 or bottom - top < 1:
        return b""
    clip: FloatRect = {"x": left, "y": top, "width": right - left, "height": bottom - top}
    return page.screenshot(clip=clip, full_page=not in_viewport, animations="disabled")


def _pixels(page: Page, box: dict) -> list[tuple[int, int, int]]:
    """The pixels of ``box`` (in viewport coordinates) as :func:`_shot` takes them."""
    from PIL import Image

    shot = _shot(page, box, in_viewport=True)
    if not shot:
        return []
    data = Image.open(io.BytesIO(shot)).convert("RGB").tobytes()
    return list(zip(data[0::3], data[1::3], data[2::3], strict=True))


#: Around the element: its box, what it draws beyond it (overflowing text, the line a
#: control too short for its text cuts off) and a margin of its surroundings.
_PICTURE_AREA = """([selector, margin, most]) => {
  const element = document.querySelector(selector);
  if (!element) return null;
  const box = element.getBoundingClientRect(), style = getComputedStyle(element);
  const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
  const width = Math.min(Math.max(box.width, element.scrollWidth), most);
  const height = Math.min(Math.max(box.height, element.scrollHeight, line), most);
  return { x: box.left + scrollX - margin, y: box.top + scrollY - margin,
           width: width + 2 * margin, height: height + 2 * margin };
}"""
#: The picture's margin around the element, and its largest side, in CSS pixels.
PICTURE_MARGIN_PX, PICTURE_MOST_PX = 12, 1600


def picture(page: Page, selector: str) -> bytes:
    """A PNG of the element a finding names, whole, with a little of what is around it."""
    area = page.evaluate(_PICTURE_AREA, [selector, PICTURE_MARGIN_PX, PICTURE_MOST_PX])
    return _shot(page, area) if area else b""


def _boxes(page: Page, selector: str, textless: bool = False) -> list[dict]:
    return page.evaluate(_BOXES, {"selector": selector, "mark": _BOX_MARK, "textless": textless})


def _boxes_in_view(page: Page, selector: str, textless: bool = False) -> Iterator[tuple[int, dict]]:
    """Each element :func:`_boxes` finds, scrolled into view in its turn: its index and its
    viewport box (a full-page screenshot would lay a fixed dialog out again, elsewhere)."""
    for index, _ in enumerate(_boxes(page, selector, textless)):
        yield index, page.evaluate(_BOXES, {"selector": "", "mark": _BOX_MARK, "scroll": index})[0]


_TOGGLE = f"(i) => {{ const e = document.querySelector('[{_BOX_MARK}=\"' + i + '\"]'); "
_TOGGLE += "e.checked = !e.checked; }"


def unreadable_states(page: Page) -> list[Finding]:
    """Checkboxes, radios and switches whose checked and unchecked looks differ under 3:1."""
    findings = []
    for index, box in _boxes_in_view(page, "input[type=checkbox], input[type=radio]"):
        before = _pixels(page, box)
        if not before:
            continue  # nowhere on the page: nothing a visitor sees to compare
        page.evaluate(_TOGGLE, index)
        after = _pixels(page, box)
        page.evaluate(_TOGGLE, index)
        changes = [contrast_ratio(a, b) for a, b in zip(before, after, strict=True) if a != b]
        ratio = max(changes, default=1.0)
        if ratio < MIN_GRAPHIC_CONTRAST:
            findings.append(Finding("checkbox-state", box["selector"], f"{ratio:.2f}:1"))
    return findings


def invisible_icon_controls(page: Page) -> list[Finding]:
    """Links and buttons without text whose drawing is under 3:1 against the page."""
    findings = []
    for _, box in _boxes_in_view(page, "a[href], button", textless=True):
        background = tuple(box["background"])
        pixels = _pixels(page, box)
        if not pixels:
            continue  # nowhere on the page: nothing a visitor sees to judge
        ratio = max((contrast_ratio(pixel, background) for pixel in pixels), default=1.0)
        if ratio < MIN_GRAPHIC_CONTRAST:
            findings.append(Finding("icon-only-controls", box["selector"], f"{ratio:.2f}:1"))
    return findings
