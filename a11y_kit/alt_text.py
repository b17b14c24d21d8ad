"""Images off without JavaScript: the server writes each image's alt text beside it.

CSS cannot draw an ``<img>``'s alt text in its place, so a page rendered with images off gets,
after every ``<img alt="…">``, ``<span class="a11y-alt">…</span>`` (shown only while images are
off), and links that hold nothing but decorative images (``alt=""``) are marked so that they
leave no empty focus stop. Only visitors with images off pay for the rewrite. The script does
the same when a visitor turns images off on a page rendered with them on.
"""

from __future__ import annotations

import html
import re

from markupsafe import escape

#: The inside of a tag: quoted attribute values may hold ``>``.
TAG_BODY = r"""(?:[^>"']|"[^"]*"|'[^']*')*"""
#: An ``<img>`` tag, unless a11y_kit's own ``a11y.image()`` already placed the text after it.
_IMAGE = re.compile(rf"<img\b{TAG_BODY}>(?!<span class=\"a11y-image__alt\")", re.IGNORECASE)
_ALT = re.compile(r"""\salt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)
_DECORATIVE_ONLY_LINK = re.compile(
    rf"<a\b(?={TAG_BODY}>(?:\s*<img\b[^>]*\salt\s*=\s*(?:\"\"|'')[^>]*>)+\s*</a>)",
    re.IGNORECASE,
)


def _with_alt(match: re.Match[str]) -> str:
    tag = match.group(0)
    found = _ALT.search(tag)
    if found is None:
        return tag
    text = html.unescape(next(part for part in found.groups() if part is not None)).strip()
    if not text:
        return tag
    return f'{tag}<span class="a11y-alt">{escape(text)}</span>'


def with_alt_text(page: str) -> str:
    """``page`` with the alt text after each image and decorative-only links marked."""
    page = _IMAGE.sub(_with_alt, page)
    return _DECORATIVE_ONLY_LINK.sub("<a data-a11y-decorative", page)
