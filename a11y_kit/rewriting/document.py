"""A host page parsed as a browser parses it, with where each element's tags sit in the text.

The tree comes from turbohtml's WHATWG tree builder (scripting on, as in a browser with
JavaScript: ``<noscript>`` holds raw text), with source locations. Offsets here are indices
into the page's own text, carriage returns included. Where the page has a ``<noscript>``, the
tree a browser without JavaScript builds is parsed too, so that an addition can be checked
against both.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import turbohtml
from turbohtml import Namespace, TokenType

from .insertion import Insertion

_CRLF = re.compile("\r\n")
#: The element name a selector starts with (empty: it names none).
_SELECTOR_NAME = re.compile(r"[a-z0-9]*")
#: From this many characters, whether a page holds a tag is asked of its text before its tree:
#: the tree's first query walks all of it, which on a large deep tree costs more than the
#: parse; below it, reading the text costs more than asking the tree.
_ASK_THE_TEXT_FROM = 64 * 1024
#: Names a browser's parser gives to a start tag written otherwise (``<image>`` is an image).
_WRITTEN_AS = {"img": ("img", "image")}
#: Elements only a whole document opens with (a fragment fetched by a script has none).
_DOCUMENT_HEAD_ELEMENTS = frozenset({"title", "meta", "link", "base"})
_LEADING_SPACE = re.compile(r"[\t\n\x0c\r ]*")
_SPACE_ONLY = re.compile(r"[\t\n\x0c\r ]*\Z")
#: Start tags that merge into an element already open, or are dropped, before the body.
_MERGED_BEFORE_BODY = frozenset({"html", "head"})
#: End tags that open the body when they come before it (others there are dropped).
_END_TAGS_OPENING_BODY = frozenset({"body", "html", "br"})

Element = Any  # turbohtml.Element: its stubs are not importable at run time


class ParsedPage:
    """The tree of ``text`` and the offsets of its tags."""

    def __init__(self, text: str, browser_text: str | None = None) -> None:
        """``text`` is the page's; ``browser_text`` the same as a browser reads it (undecodable
        bytes as U+FFFD), if it differs."""
        self.text = text
        self._browser_text = browser_text or text
        self.document = turbohtml.parse(self._browser_text, source_locations=True, scripting=True)
        # The parser counts a CR LF as one character: remember where the pairs were.
        self._pairs = (
            [found.start() - index for index, found in enumerate(_CRLF.finditer(text))]
            if "\r" in text
            else []
        )
        root = root_of(self.document)
        self.html: Element = root
        self.head: Element = next(child for child in root.children if _is_tag(child, "head"))
        self.body: Element | None = next(
            (child for child in root.children if _is_tag(child, "body")), None
        )
        #: A frameset document: anything written where its body would open drops the frames.
        self.is_frameset = any(_is_tag(child, "frameset") for child in root.children)
        self._without_scripting: turbohtml.Document | None = None
        self._serialized: dict[int, str] = {}
        self._lowered: str | None = None
        self._tags_in_text: dict[str, bool] = {}

    def looks_like_a_document(self) -> bool:
        """Whether the page is a whole document rather than a fragment, a feed or a bare
        answer: it has a doctype, an ``<html>``, ``<head>`` or ``<body>`` tag, or an element
        only a document's head holds (``<title>``, ``<meta>``, ``<link>``, ``<base>``)."""
        return (
            any(isinstance(node, turbohtml.Doctype) for node in self.document.children)
            or any(self.start(element) is not None for element in (self.html, self.head))
            or (self.body is not None and self.start(self.body) is not None)
            or any(
                getattr(child, "tag", None) in _DOCUMENT_HEAD_ELEMENTS and _located(child)
                for child in self.head.children
            )
        )

    def trees(self, insertions: list[Insertion] | None = None) -> Iterator[turbohtml.Document]:
        """The trees browsers build of the page (with ``insertions`` written into it, if
        given): with scripting on, and, where the page has a ``<noscript>``, with scripting
        off."""
        text = None if insertions is None else with_insertions(self._browser_text, insertions)
        yield self.document if text is None else turbohtml.parse(text, scripting=True)
        if not self._holds("noscript"):
            return  # the one element whose parse depends on whether scripting is on
        if text is not None:
            yield turbohtml.parse(text, scripting=False)
            return
        if self._without_scripting is None:
            self._without_scripting = turbohtml.parse(self._browser_text, scripting=False)
        yield self._without_scripting

    def serialized_tree(self, number: int) -> str:
        """The ``number``th tree of ``trees()``, serialized (once per page)."""
        serialized = self._serialized.get(number)
        if serialized is None:
            tree = next(itertools.islice(self.trees(), number, None))
            serialized = self._serialized[number] = tree.serialize()
        return serialized

    def tree_unchanged_by(self, insertions: list[Insertion], ours: str) -> bool:
        """Whether the page with ``insertions`` parses to the same tree once the elements
        matching ``ours`` are taken out again (a new element can reopen the host's formatting
        elements, which the host's next tag would not have)."""
        rewritten = next(self.trees(insertions))
        for element in rewritten.select(ours):
            element.decompose()
        return rewritten.serialize() == self.serialized_tree(0)

    def _offset(self, parsed: int) -> int:
        return parsed + bisect_left(self._pairs, parsed) if self._pairs else parsed

    def start(self, element: Element) -> int | None:
        """Where the element's start tag begins (``None``: the parser implied the element)."""
        location = element.source_location
        return None if location is None else self._offset(location.start_tag.start_offset)

    def tag_start(self, element: Element) -> int:
        """Where the (located) element's start tag begins."""
        return self._offset(element.source_location.start_tag.start_offset)

    def attribute_start(self, element: Element, name: str) -> int | None:
        """Where the (located) element's attribute ``name`` begins (``None``: it has none; of
        two same-named attributes, the one a browser keeps)."""
        span = (element.source_location.attrs or {}).get(name)
        return None if span is None else self._offset(span.start_offset)

    def after_start_tag(self, element: Element) -> int:
        """Just after the (located) element's start tag."""
        return self._offset(element.source_location.start_tag.end_offset)

    def end(self, element: Element) -> int:
        """Just after the (located) element's end tag, or its start tag if it has none."""
        location = element.source_location
        span = location.end_tag or location.start_tag
        return self._offset(span.end_offset)

    def end_tag_start(self, element: Element) -> int | None:
        """Where the element's own end tag begins (``None``: it has none)."""
        location = element.source_location
        if location is None or location.end_tag is None:
            return None
        return self._offset(location.end_tag.start_offset)

    def elements(self, *names: str) -> Iterator[Element]:
        """The HTML elements called ``names`` that a browser shows (none in ``<template>``),
        each written as a tag of the page, in document order."""
        wanted = [name for name in names if self._may_hold(name)]
        if not wanted:
            return
        in_templates = self._holds("template")
        for element in self.document.select(",".join(wanted)):
            if (
                element.namespace == Namespace.HTML
                and element.source_location is not None
                and not (in_templates and element.closest("template") is not None)
            ):
                yield element

    def _holds(self, name: str) -> bool:
        """Whether the page has an element ``name``."""
        return self._may_hold(name) and self.document.select_one(name) is not None

    def _may_hold(self, selector: str) -> bool:
        """Whether the page's text could hold an element ``selector`` matches: without a start
        tag of its name, the parser makes none. Asking the tree would walk all of it, which on
        a deep tree costs more than the parse."""
        name = _SELECTOR_NAME.match(selector).group()  # type: ignore[union-attr]
        if not name or len(self._browser_text) < _ASK_THE_TEXT_FROM:
            return True
        held = self._tags_in_text.get(name)
        if held is None:
            if self._lowered is None:
                # Lowering can only add ASCII letters, never take one away: no tag is missed.
                self._lowered = self._browser_text.lower()
            written = _WRITTEN_AS.get(name, (name,))
            held = self._tags_in_text[name] = any(f"<{each}" in self._lowered for each in written)
        return held

    def body_start(self) -> int | None:
        """Where a browser opens ``<body>``: just after its tag, or, if the page has none,
        at the first thing that belongs in it (the end if nothing does). ``None`` when the
        head never ends: an element holding raw text runs to the end of the page."""
        body = self.body
        if body is not None and self.start(body) is not None:
            return self.after_start_tag(body)
        head_children = [child for child in self.head.children if _located(child)]
        if any(_runs_to_the_end(child) for child in head_children):
            return None
        ends = [self.end(child) for child in (self.head, *head_children) if _located(child)]
        if self.start(self.html) is not None:
            ends.append(self.after_start_tag(self.html))
        head_end = max(ends, default=0)
        return head_end + _first_body_token(self.text[head_end:])


def root_of(tree: turbohtml.Document) -> Element:
    """The ``<html>`` element of a parsed document (the tree builder always makes one)."""
    root = tree.root
    if root is None:
        raise ValueError("a parsed HTML document without an <html> element")
    return root


def _is_tag(node: object, name: str) -> bool:
    return getattr(node, "tag", None) == name


#: Elements whose text runs to their end tag, or to the end of the page without one.
_RAW_TEXT = frozenset(
    {"script", "style", "title", "textarea", "noscript", "noframes", "template", "xmp"}
)


def _runs_to_the_end(element: Element) -> bool:
    return element.tag in _RAW_TEXT and element.source_location.end_tag is None


def _located(node: object) -> bool:
    return getattr(node, "source_location", None) is not None


def _first_body_token(rest: str) -> int:
    """The offset in ``rest`` (text after the head's last tag) of the first token that opens
    the body; comments, doctypes, white space and dropped tags are skipped."""
    line_starts: list[int] | None = None
    for token in turbohtml.tokenize(rest, resolve_references=False):
        if not _opens_body(token):
            continue
        if line_starts is None:
            line_starts = [0, *(found.end() for found in re.finditer(r"\r\n?|\n", rest))]
        offset = line_starts[token.line - 1] + token.col
        if token.type == TokenType.TEXT:
            spaces = _LEADING_SPACE.match(rest, offset)
            offset = spaces.end() if spaces else offset
        return offset
    return len(rest)


def _opens_body(token: turbohtml.Token) -> bool:
    """Whether a token after the head's last tag opens the body (the standard's "in head" and
    "after head" modes)."""
    kind = token.type
    if kind in (TokenType.TEXT, TokenType.CHARACTER_REFERENCE):
        return not _SPACE_ONLY.match(token.data or "")
    if kind == TokenType.START_TAG:
        return token.tag not in _MERGED_BEFORE_BODY
    if kind == TokenType.END_TAG:
        return token.tag in _END_TAGS_OPENING_BODY
    return False  # comments, doctypes, processing instructions


def with_insertions(text: str, insertions: list[Insertion]) -> str:
    """``text`` with each insertion's markup at its offset."""
    pieces: list[str] = []
    done = 0
    for offset, markup in sorted(insertions, key=lambda insertion: insertion.offset):
        pieces += (text[done:offset], markup)
        done = offset
    pieces.append(text[done:])
    return "".join(pieces)


#: What one feature adds to a parsed page.
PageRewrite = Callable[[ParsedPage], Iterable[Insertion]]
