"""Motion stopped without JavaScript: no media starts by itself, no marquee moves.

Only insertions, never a deletion: a media element's ``autoplay`` attribute becomes
``data-a11y-autoplay`` (``data-a11y-`` written before its name, where the parser located it, so
the script can give it back when the visitor lets the site move again), and a ``<marquee>``
gets ``scrollamount="0"`` as its first attribute (of two same-named attributes a browser keeps
the first).
"""

from __future__ import annotations

from collections.abc import Iterator

from .document import ParsedPage
from .insertion import Insertion

AUTOPLAY = "autoplay"
RENAMED = "data-a11y-"
HELD_MARQUEE = ' scrollamount="0"'


def held_motion_insertions(page: ParsedPage) -> Iterator[Insertion]:
    """``autoplay`` renamed on every ``<video>`` and ``<audio>``, every marquee held."""
    for media in page.elements("video[autoplay]", "audio[autoplay]"):
        start = page.tag_start(media)
        tag = page.text[start : page.after_start_tag(media)]
        yield from (Insertion(start + at, RENAMED) for at in _autoplay_offsets(tag))
    for marquee in page.elements("marquee"):
        yield Insertion(page.tag_start(marquee) + len("<marquee"), HELD_MARQUEE)


def _autoplay_offsets(tag: str) -> list[int]:
    """Where ``data-a11y-`` goes in a media start tag so that no ``autoplay`` is left: the
    parser locates the one a browser keeps; a second one, written after it, is kept once the
    first is renamed, so the tag is read again until none is."""
    offsets: list[int] = []
    renamed = tag
    while (at := _kept_autoplay(renamed)) is not None:
        offsets.append(at - len(RENAMED) * len(offsets))
        renamed = renamed[:at] + RENAMED + renamed[at:]
    return offsets


def _kept_autoplay(tag: str) -> int | None:
    parsed = ParsedPage(tag)
    element = parsed.document.select_one("video, audio")
    return None if element is None else parsed.attribute_start(element, AUTOPLAY)
