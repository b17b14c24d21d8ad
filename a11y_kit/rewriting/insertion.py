"""What a rewrite adds to a page: markup at an offset of the page's text."""

from __future__ import annotations

import re
from typing import NamedTuple

from markupsafe import Markup, escape

#: Keeps AngularJS from compiling an element and what it holds (its ``data-`` spelling is
#: valid HTML; Vue and Alpine never read text out of attributes).
NOT_COMPILED = "data-ng-non-bindable"
#: Between two characters that could open or close a template framework's interpolation
#: (``{{``, ``}}``, ``[[``, ``${``): Vue's and AngularJS's parsers read text on each side of a
#: comment apart, so copied text never becomes an expression, and a reader sees the same text.
_DELIMITER_PAIR = re.compile(r"(?<=[{}\[\]$])(?=[{}\[\]])")
_BETWEEN = "<!---->"


class Insertion(NamedTuple):
    """``markup`` goes just before the character at ``offset``; insertions at one offset keep
    the order they were made in."""

    offset: int
    markup: str


def inert_text(text: str) -> Markup:
    """``text`` escaped, with no template framework's delimiters left in one piece."""
    return Markup(_DELIMITER_PAIR.sub(_BETWEEN, str(escape(text))))


def copied_text(tag: str, css_class: str, text: str, attributes: str = "") -> str:
    """An element showing ``text`` copied from the host's attributes, escaped and inert."""
    return f'<{tag} class="{css_class}"{attributes} {NOT_COMPILED}>{inert_text(text)}</{tag}>'
