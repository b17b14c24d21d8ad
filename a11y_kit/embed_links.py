"""Embedded content off: the server leaves a link with each embed's title in its place.

CSS can hide an ``<iframe>``, ``<video>``, ``<audio>``, ``<object>`` or ``<embed>`` but cannot
say what was there, so a page drawn with embedded content off gets, before each one,
``<a class="a11y-embed-link" href="…">title</a>`` (shown only while embeds are off).
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

from markupsafe import escape

from .alt_text import TAG_BODY

_EMBED = re.compile(rf"<(iframe|video|audio|object|embed)\b{TAG_BODY}>", re.IGNORECASE)
_ATTRIBUTE = r"""\s{name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))"""
_TITLE = re.compile(_ATTRIBUTE.format(name="(?:title|aria-label)"), re.IGNORECASE)
_ADDRESS = re.compile(_ATTRIBUTE.format(name="(?:src|data)"), re.IGNORECASE)
#: What a link says when the embed has no title.
UNTITLED = "Embedded content"


def _attribute(pattern: re.Pattern[str], tag: str) -> str:
    found = pattern.search(tag)
    if found is None:
        return ""
    return html.unescape(next(part for part in found.groups() if part is not None)).strip()


def _with_link(match: re.Match[str]) -> str:
    tag = match.group(0)
    title = escape(_attribute(_TITLE, tag) or UNTITLED)
    address = _attribute(_ADDRESS, tag)
    if address and urlsplit(address).scheme.lower() in ("", "http", "https"):
        return f'<a class="a11y-embed-link" href="{escape(address)}">{title}</a>{tag}'
    return f'<span class="a11y-embed-link">{title}</span>{tag}'


def with_embed_links(page: str) -> str:
    """``page`` with a link (or, without an address, the title) before each embed."""
    return _EMBED.sub(_with_link, page)
