"""The rules each check evidences: WCAG 2.2 success criteria, GOST R 52872-2019 and Russia's
government decree No. 102 (in force 2026-03-01).

GOST R 52872-2019 follows WCAG 2.1 (as published summaries of it say; its text was not at hand):
its requirements are named here by the WCAG criterion they follow, in words. Decree No. 102 is
named by the requirement published summaries give (text enlargeable to 200 % without scrolling
sideways, non-text content duplicated by text, everything operable from the keyboard, moving
content that can be paused, stopped or hidden). docs/audit.md has the table and its sources.
"""

from __future__ import annotations

from typing import NamedTuple

#: The views ``--standard`` chooses between.
STANDARDS = ("wcag", "gost", "decree-102")


class Rules(NamedTuple):
    """What a finding of one check evidences, in each standard (``""``: none of that one's)."""

    wcag: tuple[str, ...]
    gost: str
    decree_102: str

    def under(self, standard: str) -> str:
        """The references in ``standard``'s words."""
        if standard == "wcag":
            return "; ".join(f"WCAG 2.2 {criterion}" for criterion in self.wcag)
        return self.gost if standard == "gost" else self.decree_102


_GOST = "GOST R 52872-2019, the requirement following WCAG "
_ENLARGE = "Decree No. 102: text enlargeable to 200 % without scrolling sideways"
_KEYBOARD = "Decree No. 102: all information and controls operable from the keyboard"
_TEXT_ALTERNATIVE = "Decree No. 102: non-text content duplicated by text"
_NONE = ""

RULES: dict[str, Rules] = {
    "sideways-scroll": Rules(("1.4.10 Reflow", "1.4.4 Resize Text"), _GOST + "1.4.10", _ENLARGE),
    "covered-controls": Rules(
        ("2.4.11 Focus Not Obscured (Minimum)", "2.5.8 Target Size (Minimum)"),
        _GOST + "1.4.10 (nothing lost when the text is enlarged)",
        _KEYBOARD,
    ),
    "field-edge": Rules(("1.4.11 Non-text Contrast",), _GOST + "1.4.11", _NONE),
    "dialog-fit": Rules(
        ("1.4.10 Reflow", "2.4.11 Focus Not Obscured (Minimum)"), _GOST + "1.4.10", _ENLARGE
    ),
    "embed-link": Rules(("1.1.1 Non-text Content",), _GOST + "1.1.1", _TEXT_ALTERNATIVE),
    "broken-words": Rules(
        ("1.4.12 Text Spacing", "1.4.8 Visual Presentation"), _GOST + "1.4.12", _ENLARGE
    ),
    "text-contrast": Rules(
        ("1.4.6 Contrast (Enhanced)", "1.4.3 Contrast (Minimum)"), _GOST + "1.4.3", _NONE
    ),
    "placeholder-contrast": Rules(("1.4.3 Contrast (Minimum)",), _GOST + "1.4.3", _NONE),
    "clipped-controls": Rules(
        ("1.4.4 Resize Text", "1.4.12 Text Spacing"), _GOST + "1.4.4", _ENLARGE
    ),
    "icon-glyphs": Rules(
        ("1.1.1 Non-text Content", "1.4.12 Text Spacing"), _GOST + "1.1.1", _TEXT_ALTERNATIVE
    ),
    "checkbox-state": Rules(("1.4.11 Non-text Contrast",), _GOST + "1.4.11", _NONE),
    "icon-only-controls": Rules(("1.4.11 Non-text Contrast",), _GOST + "1.4.11", _NONE),
    "images-off-alt": Rules(("1.1.1 Non-text Content",), _GOST + "1.1.1", _TEXT_ALTERNATIVE),
    "empty-focus-stop": Rules(
        ("2.4.7 Focus Visible", "2.4.4 Link Purpose (In Context)"), _GOST + "2.4.7", _KEYBOARD
    ),
    "squeezed-text": Rules(
        ("1.4.10 Reflow", "1.4.8 Visual Presentation"), _GOST + "1.4.10", _ENLARGE
    ),
    "disabled-indistinct": Rules(("1.4.1 Use of Color",), _GOST + "1.4.1", _NONE),
    "axe": Rules(("the criterion the axe-core rule names",), _GOST + "the same criterion", _NONE),
    "http-status": Rules((), _NONE, _NONE),
    "needs-javascript": Rules((), _NONE, _NONE),
    "left-the-site": Rules((), _NONE, _NONE),
    "page-too-slow": Rules((), _NONE, _NONE),
    "audit-error": Rules((), _NONE, _NONE),
}
