"""``A11Y_INJECT``: the parts a template did not write, where a browser's parser opens
``<html>``, ends ``<head>`` and opens ``<body>``.

Before anything is written, stand-ins for the parts are put at the chosen points and the page
parsed again, as a browser with JavaScript parses it and, where the page has a
``<noscript>``, as one without: the parts are written only if each stand-in lands where its
part belongs (the attributes on ``<html>``, the head's links in the head or the body, the
toolbar as a child of ``<body>``) and the host's tree, the stand-ins taken out, is the tree it
was. A point inside a comment or a tag left unfinished at the end of the page, or one a
``<noscript>`` puts elsewhere without JavaScript, fails this: the page is sent unchanged.
"""

from __future__ import annotations

from typing import NamedTuple

import turbohtml

from .document import ParsedPage, root_of
from .insertion import Insertion

#: The attribute that marks the stand-ins.
_PROBE = "data-a11y-probe"
#: Stand-ins parsed as the parts are: head elements, a block that goes into the body, and the
#: switch's form.
_HEAD_PROBE = f"<meta {_PROBE}>"
_BODY_PROBE = f"<section {_PROBE}></section>"
_SWITCH_PROBE = f"<form {_PROBE}></form>"
#: The attribute a page puts on the element the switch should go into (first in it).
SWITCH_PLACE = "data-a11y-switch"
#: Where the head's links may end up (a browser applies a stylesheet linked from the body).
_HEAD_PLACES = frozenset({"head", "body"})


class MissingParts(NamedTuple):
    """The parts the template did not write itself (``None``: written, leave it)."""

    html_attrs: str | None
    head: str | None
    body_start: str | None
    #: The switch: first into the page's element marked ``data-a11y-switch``, else after
    #: ``body_start``.
    switch: str | None = None


class _Planned(NamedTuple):
    """One part at its point, and the stand-in that proves the point."""

    offset: int
    markup: str
    probe: str


def page_part_insertions(page: ParsedPage, parts: MissingParts) -> list[Insertion]:
    """Each missing part where the template would have put it.

    The attributes go into the page's own ``<html`` tag; a page without one gets an ``<html>``
    tag where its head ends, which a browser merges into the ``<html>`` it implied. The head
    links go before ``</head>`` (or where the head ends unwritten); the toolbar first into the
    body, and the switch first into the element marked ``data-a11y-switch`` (else after the
    toolbar), except in a frameset document, which has no body to show them. A
    page whose head never ends (a script left open) gets none, nor does one where a part would
    not land where it belongs.
    """
    body_start = page.body_start()
    if body_start is None:
        return []
    body = page.body
    body_tag = None if body is None else page.start(body)
    head_end = page.end_tag_start(page.head)
    if head_end is None:
        head_end = body_tag if body_tag is not None else body_start
    planned: list[_Planned] = []
    if parts.html_attrs is not None:
        html_tag = page.start(page.html)
        if html_tag is not None:
            planned.append(_Planned(html_tag + len("<html"), " " + parts.html_attrs, f" {_PROBE}"))
        else:
            planned.append(_Planned(head_end, f"<html {parts.html_attrs}>", f"<html {_PROBE}>"))
    if parts.head is not None:
        planned.append(_Planned(head_end, parts.head, _HEAD_PROBE))
    plans = [planned]
    if not page.is_frameset:
        # The switch in the page's marked element; where it would not land there (a void
        # element, one inside a form or a paragraph), with the toolbar.
        marked, unmarked = (_body_parts(page, body_start, parts, mark) for mark in (True, False))
        plans = [planned + marked] + ([planned + unmarked] if unmarked != marked else [])
    for plan in plans:
        if plan and _land_where_they_belong(page, plan):
            return [Insertion(part.offset, part.markup) for part in plan]
    return []


def _body_parts(
    page: ParsedPage, body_start: int, parts: MissingParts, marked: bool
) -> list[_Planned]:
    """The toolbar first in the body; the switch first in the page's marked element
    (``marked``, if it has one), else after the toolbar."""
    place = next(page.elements(f"[{SWITCH_PLACE}]"), None) if marked and parts.switch else None
    if place is not None and page.start(place) is not None:
        switch = _Planned(page.after_start_tag(place), parts.switch or "", _SWITCH_PROBE)
        toolbar = parts.body_start
        return [_Planned(body_start, toolbar, _BODY_PROBE), switch] if toolbar else [switch]
    at_body_start = (parts.body_start or "") + (parts.switch or "")
    return [_Planned(body_start, at_body_start, _BODY_PROBE)] if at_body_start else []


def _land_where_they_belong(page: ParsedPage, planned: list[_Planned]) -> bool:
    probes = [Insertion(part.offset, part.probe) for part in planned]
    expected = {part.probe for part in planned}
    for number, tree in enumerate(page.trees(probes)):
        if not _probes_in_place(tree, expected):
            return False
        if tree.serialize() != page.serialized_tree(number):
            return False
    return True


def _probes_in_place(tree: turbohtml.Document, expected: set[str]) -> bool:
    """Whether each expected stand-in is where its part belongs; they are taken out."""
    root = root_of(tree)
    if any(probe.startswith(("<html", " ")) for probe in expected):
        if _PROBE not in root.attrs:
            return False
        del root.attrs[_PROBE]
    found = tree.select(f"[{_PROBE}]")
    for element in found:
        parent = element.parent
        if element.tag == "meta" and getattr(parent, "tag", None) not in _HEAD_PLACES:
            return False
        if element.tag == "section" and not (
            getattr(parent, "tag", None) == "body" and getattr(parent, "parent", None) is root
        ):
            return False
        if element.tag == "form" and SWITCH_PLACE not in getattr(parent, "attrs", {}):
            return False
        element.decompose()
    tags = sorted(element.tag for element in found)
    return tags == sorted(tag for tag, probe in _PROBES if probe in expected)


#: Each stand-in's element.
_PROBES = (("meta", _HEAD_PROBE), ("section", _BODY_PROBE), ("form", _SWITCH_PROBE))
