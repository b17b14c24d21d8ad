"""Embedded content off: the server leaves a link with each embed's title in its place.

CSS can hide an ``<iframe>``, ``<video>``, ``<audio>``, ``<object>`` or ``<embed>`` but cannot
say what was there, so a page drawn with embedded content off gets, before each one,
``<a class="a11y-embed-link" href="…">title</a>`` (shown only while embeds are off). Inside a
link of the host's (where a second link would close the host's) the title is plain text.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from markupsafe import escape

from .document import Element, ParsedPage
from .insertion import Insertion, copied_text

EMBEDS = ("iframe", "video", "audio", "object", "embed")
#: What a link says when the embed has no title.
UNTITLED = "Embedded content"
LINK_CLASS = "a11y-embed-link"


#: How many embeds of a page are checked one by one when their links together would change
#: the host's tree; past that, the page gets none.
MAX_CHECKED_ONE_BY_ONE = 16


def embed_link_insertions(page: ParsedPage) -> list[Insertion]:
    """A link (or, without an address or inside a link, the title) before each embed.

    A link is an element a browser inserts after reopening the formatting elements a
    mis-nested page left open (``<p><b>x</p><iframe>``), which the embed itself does not do:
    the links are kept only where the host's tree comes out the same.
    """
    links = [Insertion(page.tag_start(embed), _link_for(embed)) for embed in page.elements(*EMBEDS)]
    ours = f".{LINK_CLASS}"
    if not links or page.tree_unchanged_by(links, ours):
        return links
    if len(links) > MAX_CHECKED_ONE_BY_ONE:
        return []
    return [link for link in links if page.tree_unchanged_by([link], ours)]


def _attribute(embed: Element, *names: str) -> str:
    attributes = embed.attrs
    return next((value.strip() for name in names if (value := attributes.get(name))), "")


def _is_web_address(address: str) -> bool:
    try:
        return bool(address) and urlsplit(address).scheme.lower() in ("", "http", "https")
    except ValueError:
        return False


def _link_for(embed: Element) -> str:
    title = _attribute(embed, "title", "aria-label") or UNTITLED
    address = _attribute(embed, "src", "data")
    if _is_web_address(address) and embed.closest("a") is None:
        return copied_text("a", LINK_CLASS, title, f' href="{escape(address)}"')
    return copied_text("span", LINK_CLASS, title)
