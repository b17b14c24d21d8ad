"""Images off without JavaScript: each image's alt text written beside it.

CSS cannot draw an ``<img>``'s alt text in its place, so a page rendered with images off gets,
after every ``<img alt="…">`` a browser would show, ``<span class="a11y-alt">…</span>`` (shown
only while images are off), and links that hold nothing but decorative images (``alt=""``) are
marked so that they leave no empty focus stop. A link holding only images without any alt (an
avatar) gets the best name there is, once, after its first image: the link's ``aria-label`` or
``title``, the image's ``title``, else its file name. The script does the same when a visitor
turns images off on a page rendered with them on.

One walk over the page's images: what a link holds is learnt once per link, so the time is
linear in the page however many images a link holds, and a link's name is written once
however long it is.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from turbohtml import Namespace, Text

from .document import Element, ParsedPage
from .insertion import Insertion, copied_text

#: The wrapper of ``a11y.image()``, which writes the alt text itself.
_OWN_IMAGE = "span.a11y-image"


@dataclass
class _Link:
    """What one link holds, learnt in one pass over its children."""

    holds_text: bool
    only_decorative_images: bool
    named: bool = False

    @classmethod
    def of(cls, link: Element) -> _Link:
        holds_text = False
        decorative = 0
        only_decorative = True
        for child in link.children:
            if isinstance(child, Text):
                if child.data.strip():
                    holds_text = True
                    only_decorative = False
            elif getattr(child, "tag", None) == "img" and "alt" in child.attrs:
                if (child.attrs.get("alt") or "").strip():
                    only_decorative = False
                else:
                    decorative += 1
            else:
                only_decorative = False
        return cls(holds_text, only_decorative and decorative > 0)


def alt_text_insertions(page: ParsedPage) -> Iterator[Insertion]:
    """The alt text after each image, and the mark on each decorative-only link, one at a
    time (a page whose additions outgrow it is given up on early)."""
    links: dict[Element, _Link] = {}
    for image in page.elements("img"):
        parent = image.parent
        link = None
        if _is_link(parent):
            link = links.get(parent)
            if link is None:
                link = links[parent] = _Link.of(parent)
        alt = (image.attrs.get("alt") or "").strip()
        if not alt and "alt" not in image.attrs and link and not (link.holds_text or link.named):
            alt = _name_for_an_unnamed_image_link(parent, image)
            link.named = True
        if alt and not _drawn_by_a11y_kit(image):
            yield Insertion(page.after_start_tag(image), copied_text("span", "a11y-alt", alt))
    for element, link in links.items():
        start = page.start(element)
        if link.only_decorative_images and start is not None and page.end_tag_start(element):
            yield Insertion(start + len("<a"), " data-a11y-decorative")


def _name_for_an_unnamed_image_link(link: Element, image: Element) -> str:
    """What a link made of an image without alt text can show: the link's name, the image's
    title, else the image's file name (what a browser shows for an image it cannot draw)."""
    for candidate in (
        link.attrs.get("aria-label"),
        link.attrs.get("title"),
        image.attrs.get("title"),
    ):
        if candidate and candidate.strip():
            return candidate.strip()
    source = (image.attrs.get("src") or "").split("?")[0].split("#")[0]
    return source.rstrip("/").rsplit("/", 1)[-1]


def _is_link(element: Element) -> bool:
    return getattr(element, "tag", None) == "a" and element.namespace == Namespace.HTML


def _drawn_by_a11y_kit(image: Element) -> bool:
    parent = image.parent
    return getattr(parent, "tag", None) == "span" and parent.matches(_OWN_IMAGE)
