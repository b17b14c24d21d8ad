"""``A11Y_INJECT``: the parts a template did not write, where a browser's parser opens
``<html>``, ends ``<head>`` and opens ``<body>``."""

from __future__ import annotations

from typing import NamedTuple

from .document import ParsedPage
from .insertion import Insertion


class MissingParts(NamedTuple):
    """The parts the template did not write itself (``None``: written, leave it)."""

    html_attrs: str | None
    head: str | None
    body_start: str | None


def page_part_insertions(page: ParsedPage, parts: MissingParts) -> list[Insertion]:
    """Each missing part where the template would have put it.

    The attributes go into the page's own ``<html`` tag; a page without one gets an ``<html>``
    tag where its head ends, which a browser merges into the ``<html>`` it implied. The head
    links go before ``</head>`` (or where the head ends unwritten); the toolbar and the switch
    first into the body. A page whose head never ends (a script left open) gets none.
    """
    body_start = page.body_start()
    if body_start is None:
        return []
    body = page.body
    body_tag = None if body is None else page.start(body)
    head_end = page.end_tag_start(page.head)
    if head_end is None:
        head_end = body_tag if body_tag is not None else body_start
    insertions: list[Insertion] = []
    if parts.html_attrs is not None:
        html_tag = page.start(page.html)
        if html_tag is not None:
            insertions.append(Insertion(html_tag + len("<html"), " " + parts.html_attrs))
        else:
            insertions.append(Insertion(head_end, f"<html {parts.html_attrs}>"))
    if parts.head is not None:
        insertions.append(Insertion(head_end, parts.head))
    if parts.body_start is not None:
        insertions.append(Insertion(body_start, parts.body_start))
    return insertions
