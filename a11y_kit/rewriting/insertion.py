"""What a rewrite adds to a page: markup at an offset of the page's text."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from markupsafe import escape

if TYPE_CHECKING:
    from .document import ParsedPage

#: Attributes that keep in-DOM template frameworks (Vue, AngularJS) from compiling text
#: a11y_kit copies out of the host's attributes.
NOT_COMPILED = "v-pre ng-non-bindable"


class Insertion(NamedTuple):
    """``markup`` goes just before the character at ``offset``; insertions at one offset keep
    the order they were made in."""

    offset: int
    markup: str


def copied_text(tag: str, css_class: str, text: str, attributes: str = "") -> str:
    """An element showing ``text`` copied from the host's attributes, escaped and inert."""
    return f'<{tag} class="{css_class}"{attributes} {NOT_COMPILED}>{escape(text)}</{tag}>'


#: What one feature adds to a parsed page.
PageRewrite = Callable[["ParsedPage"], list[Insertion]]
