"""The checks, run on a Playwright page as it is drawn now."""

from __future__ import annotations

import io
import math
from collections import Counter
from collections.abc import Iterable, Iterator
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


def _shot(page: Page, box: dict) -> bytes:
    """A PNG of ``box`` (in page coordinates), clipped to the page; empty when it lies wholly
    outside (an off-canvas menu, a zero-sized element)."""
    width, height = page.evaluate(_PAGE_SIZE)
    left, top = max(box["x"], 0), max(box["y"], 0)
    right, bottom = min(box["x"] + box["width"], width), min(box["y"] + box["height"], height)
    if right - left < 1 or bottom - top < 1:
        return b""
    clip: FloatRect = {"x": left, "y": top, "width": right - left, "height": bottom - top}
    return page.screenshot(clip=clip, full_page=True, animations="disabled")


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


def _marked(page: Page, selector: str, textless: bool = False) -> list[int]:
    """The indices :func:`_boxes` marks the elements it finds with."""
    return list(range(len(_boxes(page, selector, textless))))


def _bands(page: Page, pending: list[int]) -> Iterator[dict[int, dict]]:
    """The ``pending`` marked elements a screenful at a time: each band scrolled into view,
    with its elements' viewport boxes by index. An element covered or clipped where another's
    band left the page waits for a band of its own (its own scrolled into view)."""
    while pending:
        band = dict(page.evaluate(_BOXES, {"selector": "", "mark": _BOX_MARK, "band": pending}))
        yield band
        pending = [index for index in pending if index not in band]


class _Picture:
    """One screenshot of the viewport around some boxes, read back a box at a time."""

    def __init__(self, page: Page, boxes: Iterable[dict]) -> None:
        from PIL import Image

        width, height = page.evaluate(_VIEWPORT_SIZE)
        rects = [_pixel_rect(box) for box in boxes]
        self.left, self.top = max(min(r[0] for r in rects), 0), max(min(r[1] for r in rects), 0)
        right = min(max(r[2] for r in rects), int(width))
        bottom = min(max(r[3] for r in rects), int(height))
        self.image = None
        if right > self.left and bottom > self.top:
            clip: FloatRect = {
                "x": self.left,
                "y": self.top,
                "width": right - self.left,
                "height": bottom - self.top,
            }
            shot = page.screenshot(clip=clip, scale="css", animations="disabled")
            self.image = Image.open(io.BytesIO(shot)).convert("RGB")

    def pixels(self, box: dict) -> list[tuple[int, int, int]]:
        """The pixels of ``box`` that are in the picture (none: it lies outside the view)."""
        if self.image is None:
            return []
        left, top, right, bottom = _pixel_rect(box)
        area = (
            max(left - self.left, 0),
            max(top - self.top, 0),
            min(right - self.left, self.image.width),
            min(bottom - self.top, self.image.height),
        )
        if area[2] <= area[0] or area[3] <= area[1]:
            return []
        data = self.image.crop(area).tobytes()
        return list(zip(data[0::3], data[1::3], data[2::3], strict=True))


def _pixel_rect(box: dict) -> tuple[int, int, int, int]:
    """The whole device pixels ``box`` covers: left, top, right, bottom."""
    return (
        math.floor(box["x"]),
        math.floor(box["y"]),
        math.ceil(box["x"] + box["width"]),
        math.ceil(box["y"] + box["height"]),
    )


#: Each marked box's checked state is remembered, and put back (the unchecked first: checking
#: a radio unchecks its group).
_REMEMBER = f"""() => {{ for (const e of document.querySelectorAll('[{_BOX_MARK}]'))
  e.dataset.a11yAuditWas = e.checked ? "1" : ""; }}"""
_RESTORE = f"""() => {{ const marked = [...document.querySelectorAll('[{_BOX_MARK}]')];
  for (const e of marked) if (!e.dataset.a11yAuditWas) e.checked = false;
  for (const e of marked) if (e.dataset.a11yAuditWas) e.checked = true; }}"""
_FLIP = f"""(indices) => {{ for (const i of indices)
  {{ const e = document.querySelector('[{_BOX_MARK}="' + i + '"]'); e.checked = !e.checked; }} }}"""


def _flips(band: dict[int, dict]) -> list[list[int]]:
    """The band's boxes in turns that each change every box in them: checkboxes in the first,
    and at most one radio of a group in each (checking a second would uncheck the first)."""
    turns: list[list[int]] = []
    taken: Counter[str] = Counter()
    for index, box in band.items():
        group = box.get("group")
        turn = 0 if group is None else taken[group]
        if group is not None:
            taken[group] += 1
        while len(turns) <= turn:
            turns.append([])
        turns[turn].append(index)
    return turns


def unreadable_states(page: Page) -> list[Finding]:
    """Checkboxes, radios and switches whose checked and unchecked looks differ under 3:1."""
    findings = []
    pending = _marked(page, "input[type=checkbox], input[type=radio]")
    page.evaluate(_REMEMBER)
    for band in _bands(page, pending):
        before = _Picture(page, band.values())
        for turn in _flips(band):
            page.evaluate(_FLIP, turn)
            after = _Picture(page, [band[index] for index in turn])
            page.evaluate(_RESTORE)
            for index in turn:
                shown = before.pixels(band[index])
                if not shown:
                    continue  # nowhere on the page: nothing a visitor sees to compare
                changed = after.pixels(band[index])
                changes = [
                    contrast_ratio(a, b) for a, b in zip(shown, changed, strict=True) if a != b
                ]
                ratio = max(changes, default=1.0)
                if ratio < MIN_GRAPHIC_CONTRAST:
                    selector = band[index]["selector"]
                    findings.append(Finding("checkbox-state", selector, f"{ratio:.2f}:1"))
    return findings


def invisible_icon_controls(page: Page) -> list[Finding]:
    """Links and buttons without text whose drawing is under 3:1 against the page."""
    findings = []
    for band in _bands(page, _marked(page, "a[href], button", textless=True)):
        picture = _Picture(page, band.values())
        for box in band.values():
            pixels = picture.pixels(box)
            if not pixels:
                continue  # nowhere on the page: nothing a visitor sees to judge
            background = tuple(box["background"])
            ratio = max((contrast_ratio(pixel, background) for pixel in pixels), default=1.0)
            if ratio < MIN_GRAPHIC_CONTRAST:
                findings.append(Finding("icon-only-controls", box["selector"], f"{ratio:.2f}:1"))
    return findings
