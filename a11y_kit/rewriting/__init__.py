"""Changing the host's HTML on the server, on a WHATWG HTML5 parser: the parts ``A11Y_INJECT``
writes, the alt text with images off, the links with embedded content off, motion held."""

from .alt_text import alt_text_insertions
from .document import PageRewrite
from .embed_links import embed_link_insertions
from .insertion import inert_text
from .motion import held_motion_insertions
from .page_parts import MissingParts, page_part_insertions
from .rewrite import MAX_REWRITTEN_BYTES, forget_rewritten_pages, rewrite_page

__all__ = [
    "MAX_REWRITTEN_BYTES",
    "MissingParts",
    "PageRewrite",
    "alt_text_insertions",
    "embed_link_insertions",
    "forget_rewritten_pages",
    "held_motion_insertions",
    "inert_text",
    "page_part_insertions",
    "rewrite_page",
]
