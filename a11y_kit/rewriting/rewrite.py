"""The one place a host page is changed: decoded, parsed, added to, encoded again.

Only what a11y_kit adds is new in the result: the host's bytes are copied as they were,
and each addition goes where a browser's tree builder puts it into the tree it builds from
the host's page. A page that cannot be taken (too large, an encoding that cannot round-trip,
additions out of proportion to the page, anything unexpected) passes through unchanged and is
logged once per reason.
"""

from __future__ import annotations

import logging
from functools import partial

from .charsets import DecodedPage, decode_page, encode, encode_ours
from .document import PageRewrite, ParsedPage
from .insertion import Insertion
from .page_parts import MissingParts, page_part_insertions
from .remembered import RememberedPages

#: Pages larger than this pass through unchanged (a few times the largest real pages).
MAX_REWRITTEN_BYTES = 16 * 1024 * 1024
#: What a rewrite may add: twice the page, plus room for the parts on a small page. Past that
#: the page passes unchanged: no page a visitor can shape grows out of proportion.
ADDED_PER_PAGE_CHARACTER = 2
ADDED_ON_ANY_PAGE = 64 * 1024
#: A page seen again (the same bytes, the same rewrites) is not parsed again: anonymous
#: visitors in one mode get the same page. Measured on the demo article with images and
#: embedded content off (``python -m benchmarks``, docs/rewriting.md): +157 µs a request when
#: the page is parsed, +16 µs when it was seen before. Pages up to this size are remembered…
MAX_REMEMBERED_BYTES = 128 * 1024
#: …in at most this many bytes of pages and results per process.
REMEMBERED_BYTES = 4 * 1024 * 1024

_logger = logging.getLogger("a11y_kit")
_logged: set[str] = set()
_remembered = RememberedPages(REMEMBERED_BYTES)


def rewrite_page(
    page: bytes,
    transport_charset: str | None,
    rewrites: tuple[PageRewrite, ...],
    parts: MissingParts | None = None,
    *,
    only_documents: bool = False,
) -> bytes | None:
    """``page`` with the parts ``A11Y_INJECT`` writes (``parts``) and what each rewrite adds,
    or ``None`` to send it unchanged. With ``only_documents``, a body that is not a whole
    document (a fragment, a feed, a bare answer) is sent unchanged too."""
    if len(page) > MAX_REMEMBERED_BYTES:
        return _rewrite(page, transport_charset, rewrites, parts, only_documents)
    key = (page, transport_charset, rewrites, parts, only_documents)
    known, result = _remembered.get(key)
    if not known:
        result = _rewrite(page, transport_charset, rewrites, parts, only_documents)
        _remembered.put(key, len(page), result)
    return result


def _rewrite(
    page: bytes,
    transport_charset: str | None,
    rewrites: tuple[PageRewrite, ...],
    parts: MissingParts | None,
    only_documents: bool,
) -> bytes | None:
    if parts is not None:
        rewrites = (partial(page_part_insertions, parts=parts), *rewrites)
    if len(page) > MAX_REWRITTEN_BYTES:
        _log_once(f"over {MAX_REWRITTEN_BYTES} bytes")
        return None
    try:
        decoded = decode_page(page, transport_charset)
        if decoded is None:
            _log_once("in an encoding that does not round-trip")
            return None
        if decoded.text.lstrip()[:1] in ("{", "["):
            return None  # JSON sent as text/html (a view returning ``json.dumps(…)``)
        parsed = ParsedPage(decoded.text, decoded.browser_text)
        if only_documents and not parsed.looks_like_a_document():
            return None
        insertions = _bounded_insertions(parsed, rewrites)
        if not insertions:
            return None
        return _with_insertions(decoded, insertions)
    except Exception:  # a page must never fail because of the mode
        _logger.exception("a11y_kit left a page unchanged: it could not be rewritten")
        return None


def _bounded_insertions(
    parsed: ParsedPage, rewrites: tuple[PageRewrite, ...]
) -> list[Insertion] | None:
    """What the rewrites add, or ``None`` as soon as it outgrows the page."""
    limit = ADDED_PER_PAGE_CHARACTER * len(parsed.text) + ADDED_ON_ANY_PAGE
    insertions = []
    added = 0
    for rewrite in rewrites:
        for insertion in rewrite(parsed):
            added += len(insertion.markup)
            if added > limit:
                _log_once("whose additions would outgrow them")
                return None
            insertions.append(insertion)
    return insertions


def forget_rewritten_pages() -> None:
    """Rewrite every page anew from now on (for measurements and tests)."""
    _remembered.clear()


def remembered_bytes() -> int:
    """The bytes the cache of rewritten pages holds now."""
    return _remembered.bytes


def _with_insertions(page: DecodedPage, insertions: list[Insertion]) -> bytes:
    text = page.text
    pieces = [page.bom]
    done = 0
    for offset, markup in sorted(insertions, key=lambda insertion: insertion.offset):
        pieces += (encode(page, text[done:offset]), encode_ours(page, markup))
        done = offset
    pieces.append(encode(page, text[done:]))
    return b"".join(pieces)


def _log_once(reason: str) -> None:
    if reason not in _logged:
        _logged.add(reason)
        _logger.warning("a11y_kit leaves pages %s unchanged", reason)
