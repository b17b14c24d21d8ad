"""A page's bytes as text, decoded the way a browser decodes them, and back, byte for byte.

The encoding is chosen as the HTML standard's sniffing does: a byte-order mark, else the
``Content-Type`` charset, else a ``<meta>`` in the first 1024 bytes (found by the HTML parser,
``turbohtml``), else windows-1252 (what browsers fall back to for pages that declare nothing).
Bytes the encoding cannot decode are kept as lone surrogates (``surrogateescape``), so the host's
bytes come back unchanged.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import turbohtml
from webencodings import Encoding, lookup

_BYTE_ORDER_MARKS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16be"),
    (b"\xff\xfe", "utf-16le"),
)
#: Where nothing is declared, browsers outside East Asia read windows-1252.
FALLBACK = "windows-1252"
#: Encodings whose bytes cannot be split and rejoined piece by piece (or that no page can be
#: written in): pages in them pass through unchanged.
_UNSPLITTABLE = frozenset({"replacement", "iso-2022-jp", "x-user-defined"})
#: How far a browser looks for a ``<meta>`` declaring the encoding.
PRESCAN_BYTES = 1024


#: Bytes the encoding cannot decode, kept as lone surrogates; a browser reads U+FFFD.
_UNDECODED = re.compile("[\udc80-\udcff]")


class DecodedPage(NamedTuple):
    """A page as text; ``bom + encode(text)`` gives its bytes back."""

    bom: bytes
    text: str
    #: The Python codec that turns the text back into the page's bytes.
    codec: str
    #: The text as a browser reads it: undecodable bytes as U+FFFD, one per byte.
    browser_text: str


def decode_page(page: bytes, transport_label: str | None) -> DecodedPage | None:
    """``page`` decoded as a browser would, or ``None`` if it cannot come back byte for byte."""
    bom, encoding = _sniff(page, transport_label)
    if encoding.name in _UNSPLITTABLE:
        return None
    codec = encoding.codec_info.name
    body = page[len(bom) :]
    try:
        text = body.decode(codec)
    except UnicodeDecodeError:
        text = None
    try:
        if text is not None and codec == "utf-8":
            return DecodedPage(bom, text, codec, text)  # UTF-8 text encodes back to its bytes
        if text is None:
            text = body.decode(codec, "surrogateescape")
        decoded = DecodedPage(bom, text, codec, as_a_browser_reads(text))
        return decoded if encode(decoded, text) == body else None
    except (UnicodeError, LookupError):
        return None


def as_a_browser_reads(text: str) -> str:
    """``text`` with each undecodable byte as U+FFFD."""
    return _UNDECODED.sub("\ufffd", text)


def encode(page: DecodedPage, text: str) -> bytes:
    """``text`` (the host's, or the host's with ours inserted) in the page's encoding."""
    return text.encode(page.codec, "surrogateescape")


def encode_ours(page: DecodedPage, markup: str) -> bytes:
    """a11y_kit's markup in the page's encoding; a character it lacks becomes a reference."""
    return markup.encode(page.codec, "xmlcharrefreplace")


def _sniff(page: bytes, transport_label: str | None) -> tuple[bytes, Encoding]:
    for mark, name in _BYTE_ORDER_MARKS:
        if page.startswith(mark):
            return mark, lookup(name)
    if transport_label:
        from_transport = lookup(transport_label)
        if from_transport is not None:
            return b"", from_transport
    declared = declared_encoding(page)
    return b"", declared if declared is not None else lookup(FALLBACK)


def declared_encoding(page: bytes) -> Encoding | None:
    """The encoding a ``<meta>`` in the page's first 1024 bytes declares, as the parser reads
    it: a label no encoding has is passed over, UTF-16 means UTF-8 (the declaration's own bytes
    were ASCII), ``x-user-defined`` means windows-1252."""
    head = turbohtml.parse(page[:PRESCAN_BYTES], detect_encoding=False, positions=False)
    return lookup(head.encoding) if head.encoding_confidence == "certain" else None
