"""``A11Y_INJECT``: the mode's parts written into HTML pages whose templates do not call them."""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser
from typing import NamedTuple

_DOCTYPE = re.compile(rb"\s*<!doctype[^>]*>", re.IGNORECASE)
_HTML_START = re.compile(rb"<html\b[^>]*>", re.IGNORECASE)
_HEAD_END = re.compile(rb"</head\s*>", re.IGNORECASE)
_BODY_START = re.compile(rb"<body\b[^>]*>", re.IGNORECASE)

#: Elements a parser puts into ``<head>``; anything else (or text) starts the implied ``<body>``.
_HEAD_ELEMENTS = frozenset(
    {"html", "head", "title", "meta", "link", "style", "script", "base", "noscript", "template"}
)
#: Elements whose text is not page content.
_TEXT_HOLDERS = frozenset({"title", "style", "script", "noscript", "template"})


class MissingParts(NamedTuple):
    """The parts the template did not write itself (``None``: written, leave it)."""

    html_attrs: str | None
    head: str | None
    body_start: str | None


def inject(page: bytes, parts: MissingParts, charset: str = "utf-8") -> bytes:
    """``page`` (encoded in ``charset``) with each missing part where the template would have
    put it. Works on the bytes: a page is never decoded unless it lacks a ``<body>`` tag; a
    page in a charset Python does not know is left as it is.

    A page without ``<html>``, ``<head>`` or ``<body>`` tags gets its parts where a browser
    would open those elements: ``<html …>`` after the doctype; the head links, the toolbar and
    the switch before the first element or text that belongs to the body.
    """
    try:
        codecs.lookup(charset)
    except LookupError:
        return page
    insertions: list[tuple[int, str]] = []
    html_start = _HTML_START.search(page)
    if html_start:
        after_html = html_start.end()
        if parts.html_attrs is not None:
            insertions.append((html_start.start() + len("<html"), " " + parts.html_attrs))
    else:
        doctype = _DOCTYPE.match(page)
        after_html = doctype.end() if doctype else 0
        if parts.html_attrs is not None:
            insertions.append((after_html, f"<html {parts.html_attrs}>"))
    body_tag = _BODY_START.search(page, after_html)
    implied_body = None if body_tag else _implied_body_start(page, after_html, charset)
    if parts.head is not None:
        head_end = _HEAD_END.search(page, after_html)
        if head_end:
            insertions.append((head_end.start(), parts.head))
        else:
            insertions.append((body_tag.start() if body_tag else implied_body, parts.head))
    if parts.body_start is not None:
        insertions.append((body_tag.end() if body_tag else implied_body, parts.body_start))
    return _insert(page, insertions, charset)


def _insert(page: bytes, insertions: list[tuple[int, str]], charset: str) -> bytes:
    """``page`` with each text inserted at its byte offset (equal offsets keep their order);
    a character the charset lacks becomes a character reference."""
    pieces: list[bytes] = []
    done = 0
    for offset, text in sorted(insertions, key=lambda insertion: insertion[0]):
        pieces += (page[done:offset], text.encode(charset, "xmlcharrefreplace"))
        done = offset
    pieces.append(page[done:])
    return b"".join(pieces)


class _BodyStarts(Exception):
    """Raised by the finder at the first body content, with its (line, column)."""

    def __init__(self, position: tuple[int, int]) -> None:
        super().__init__(position)
        self.position = position


class _BodyStartFinder(HTMLParser):
    """Stops at the first start tag or text that a browser would put into ``<body>``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self._inside: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _HEAD_ELEMENTS:
            raise _BodyStarts(self.getpos())
        if tag in _TEXT_HOLDERS:
            self._inside = tag

    def handle_endtag(self, tag: str) -> None:
        if tag == self._inside:
            self._inside = None

    def handle_data(self, data: str) -> None:
        if self._inside is None and data.strip():
            raise _BodyStarts(self.getpos())

    def handle_entityref(self, name: str) -> None:
        raise _BodyStarts(self.getpos())

    handle_charref = handle_entityref


def _implied_body_start(page: bytes, start: int, charset: str) -> int:
    """The byte offset where a browser would open the implied ``<body>`` (the end if never)."""
    text = page[start:].decode(charset, "replace")
    finder = _BodyStartFinder()
    try:
        finder.feed(text)
        finder.close()
    except _BodyStarts as found:
        line, column = found.position
        offset = 0
        for _ in range(line - 1):
            offset = text.index("\n", offset) + 1
        offset += column
        offset += len(text[offset:]) - len(text[offset:].lstrip())
        return start + len(text[:offset].encode(charset, "replace"))
    return len(page)
