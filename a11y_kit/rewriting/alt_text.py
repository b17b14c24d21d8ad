"""Images off without JavaScript: each image's alt text written beside it.

CSS cannot draw an ``<img>``'s alt text in its place, so a page rendered with images off gets,
after every ``<img alt="…">`` a browser would show, ``<span class="a11y-alt">…</span>`` (shown
only while images are off), and links that hold nothing but decorative images (``alt=""``) are
marked so that they leave no empty focus stop. The script does the same when a visitor turns
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
        if alt:
            if not _drawn_by_a11y_kit(image):
                insertions.append(
                    Insertion(page.after_start_tag(image), copied_text("span", "a11y-alt", alt))
                )
        elif _is_link(link := image.parent) and page.start(link) is not None:
            decorative_links[page.start(link)] = link
    insertions += [
        Insertion(start + len("<a"), " data-a11y-decorative")
        for start, link in decorative_links.items()
        if page.end_tag_start(link) is not None and _holds_only_decorative_images(link)
    ]
    return insertions


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
