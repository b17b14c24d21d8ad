"""Images off without JavaScript: each image's alt text written beside it.

CSS cannot draw an ``<img>``'s alt text in its place, so a page rendered with images off gets,
after every ``<img alt="…">`` a browser would show, ``<span class="a11y-alt">…</span>`` (shown
only while images are off), and links that hold nothing but decorative images (``alt=""``) are
marked so that they leave no empty focus stop. A link holding only an image without any alt (an
avatar) gets the best name there is instead: the link's ``aria-label`` or ``title``, the image's
``title``, else its file name. The script does the same when a visitor turns
images off on a page rendered with them on.
"""

from __future__ import annotations

from turbohtml import Namespace, Text

from .document import Element, ParsedPage
from .insertion import Insertion, copied_text

#: The wrapper of ``a11y.image()``, which writes the alt text itself.
_OWN_IMAGE = "span.a11y-image"


def alt_text_insertions(page: ParsedPage) -> list[Insertion]:
    """The alt text after each image, and the mark on each decorative-only link."""
    insertions = []
    decorative_links = {}
    for image in page.elements("img"):
        alt = (image.attrs.get("alt") or "").strip()
        link = image.parent
        if not alt and "alt" not in image.attrs and _is_link(link) and _holds_no_text(link):
            alt = _name_for_an_unnamed_image_link(link, image)
        if alt:
            if not _drawn_by_a11y_kit(image):
                insertions.append(
                    Insertion(page.after_start_tag(image), copied_text("span", "a11y-alt", alt))
                )
        elif _is_link(link) and page.start(link) is not None:
            decorative_links[page.start(link)] = link
    insertions += [
        Insertion(start + len("<a"), " data-a11y-decorative")
        for start, link in decorative_links.items()
        if page.end_tag_start(link) is not None and _holds_only_decorative_images(link)
    ]
    return insertions


def _holds_no_text(link: Element) -> bool:
    return not any(isinstance(child, Text) and child.data.strip() for child in link.children)


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


def _holds_only_decorative_images(link: Element) -> bool:
    images = 0
    for child in link.children:
        if isinstance(child, Text):
            if child.data.strip():
                return False
        elif getattr(child, "tag", None) == "img" and not (child.attrs.get("alt") or "").strip():
            if "alt" not in child.attrs:
                return False
            images += 1
        else:
            return False
    return images > 0
