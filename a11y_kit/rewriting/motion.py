"""Motion stopped without JavaScript: no media starts by itself, no marquee moves.

Only insertions, never a deletion: a media element's ``autoplay`` attribute becomes
``data-a11y-autoplay`` (``data-a11y-`` written before its name, so the script can give it back
when the visitor lets the site move again), and a ``<marquee>`` gets ``scrollamount="0"`` as its
first attribute (of two same-named attributes a browser keeps the first).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import turbohtml
from turbohtml import TokenType

from .document import Element, ParsedPage
from .insertion import Insertion

AUTOPLAY = "autoplay"
RENAMED = "data-a11y-"
HELD_MARQUEE = ' scrollamount="0"'
#: One attribute of a start tag as the HTML tokenizer reads it: what comes before its name
#: (space or ``/``), its name, and its value if it has one.
_ATTRIBUTE = re.compile(
    r"[\t\n\f\r /]*"
    r"(?P<name>[^\t\n\f\r />][^\t\n\f\r />=]*)"
    r"(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:\"[^\"]*\"|'[^']*'|[^\t\n\f\r >]*))?"
)
_TAG_NAME = re.compile(r"<[^\t\n\f\r />]+")


def held_motion_insertions(page: ParsedPage) -> Iterator[Insertion]:
    """``autoplay`` renamed on every ``<video>`` and ``<audio>``, every marquee held."""
    for media in page.elements("video[autoplay]", "audio[autoplay]"):
        yield from _autoplay_renamed(page, media)
    for marquee in page.elements("marquee"):
        tag = page.text[page.tag_start(marquee) :]
        name = _TAG_NAME.match(tag)
        if name:
            yield Insertion(page.tag_start(marquee) + name.end(), HELD_MARQUEE)


def _autoplay_renamed(page: ParsedPage, media: Element) -> list[Insertion]:
    """``data-a11y-`` before each ``autoplay`` of the element's start tag, or nothing if the tag
    read again would still hold one (a tag this scanner reads otherwise than a browser)."""
    start = page.tag_start(media)
    tag = page.text[start : page.after_start_tag(media)]
    name = _TAG_NAME.match(tag)
    if name is None:
        return []
    offsets = [found.start("name") for found in _attributes(tag, name.end())]
    offsets = [at for at in offsets if tag[at : at + len(AUTOPLAY)].lower() == AUTOPLAY]
    offsets = [at for at in offsets if _is_the_whole_name(tag, at)]
    renamed = "".join(
        RENAMED + tag[at:end] for at, end in zip(offsets, [*offsets[1:], len(tag)], strict=True)
    )
    if not _holds_no_autoplay(tag[: offsets[0]] + renamed if offsets else tag):
        return []
    return [Insertion(start + at, RENAMED) for at in offsets]


def _attributes(tag: str, at: int) -> Iterator[re.Match[str]]:
    while (found := _ATTRIBUTE.match(tag, at)) is not None:
        yield found
        at = found.end()


def _is_the_whole_name(tag: str, at: int) -> bool:
    following = tag[at + len(AUTOPLAY) : at + len(AUTOPLAY) + 1]
    return following == "" or following in "\t\n\f\r />="


def _holds_no_autoplay(tag: str) -> bool:
    tokens = [token for token in turbohtml.tokenize(tag) if token.type == TokenType.START_TAG]
    return len(tokens) == 1 and all(name != AUTOPLAY for name, _ in tokens[0].attrs or ())
