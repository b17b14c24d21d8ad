"""The WHATWG ``<meta>`` prescan: the charset a page declares in its first 1024 bytes.

Written from the HTML standard's "prescan a byte stream to determine its encoding"; it reads
bytes, so it runs before anything is decoded. Linear: every step moves forward.
"""

from __future__ import annotations

import re

from webencodings import Encoding, lookup

#: How far a browser looks for the declaration.
PRESCAN_BYTES = 1024
_SPACE = b"\t\n\x0c\r "
_SPACE_OR_SLASH = _SPACE + b"/"
_TAG_NAME_END = re.compile(rb"[\t\n\x0c\r >]")
_LETTER = re.compile(rb"[A-Za-z]")
_CHARSET_IN_CONTENT = re.compile(rb"charset", re.IGNORECASE)


class _Truncated(Exception):
    """The declaration runs past the bytes the prescan reads: there is none."""


class _Bytes:
    """A cursor over the prescanned bytes."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.position = 0

    def current(self) -> int:
        if self.position >= len(self.data):
            raise _Truncated
        return self.data[self.position]

    def skip(self, bytes_to_skip: bytes) -> None:
        while self.current() in bytes_to_skip:
            self.position += 1


def declared_encoding(page: bytes) -> Encoding | None:
    """The encoding a ``<meta>`` in the page's first 1024 bytes declares (a label no encoding
    has is passed over, as browsers do)."""
    cursor = _Bytes(page[:PRESCAN_BYTES])
    data = cursor.data
    try:
        while cursor.position < len(data):
            if data.startswith(b"<!--", cursor.position):
                end = data.find(b"-->", cursor.position + 2)
                if end < 0:
                    return None
                cursor.position = end + 3
            elif data[cursor.position : cursor.position + 5].lower() == b"<meta" and _is_one_of(
                data, cursor.position + 5, _SPACE_OR_SLASH
            ):
                cursor.position += 5
                label = _meta_charset(cursor)
                encoding = None if label is None else lookup(label)
                if encoding is not None:
                    return encoding
            elif _starts_tag(data, cursor.position):
                found = _TAG_NAME_END.search(data, cursor.position)
                if found is None:
                    return None
                cursor.position = found.start()
                while _attribute(cursor) is not None:
                    pass
            elif data.startswith((b"<!", b"</", b"<?"), cursor.position):
                end = data.find(b">", cursor.position)
                if end < 0:
                    return None
                cursor.position = end + 1
            else:
                cursor.position += 1
    except _Truncated:
        return None
    return None


def _starts_tag(data: bytes, position: int) -> bool:
    """``<`` or ``</`` followed by an ASCII letter."""
    if data[position : position + 1] != b"<":
        return False
    after = position + 2 if data[position + 1 : position + 2] == b"/" else position + 1
    return _LETTER.match(data, after) is not None


def _meta_charset(cursor: _Bytes) -> str | None:
    """The charset label one ``<meta>`` declares, if it declares one the prescan accepts."""
    seen: set[bytes] = set()
    got_pragma = False
    need_pragma: bool | None = None
    charset: bytes | None = None
    while (attribute := _attribute(cursor)) is not None:
        name, value = attribute
        if name in seen:
            continue
        seen.add(name)
        if name == b"http-equiv" and value == b"content-type":
            got_pragma = True
        elif name == b"content" and charset is None:
            from_content = _charset_from_content(value)
            if from_content is not None:
                charset, need_pragma = from_content, True
        elif name == b"charset":
            charset, need_pragma = value, False
    if need_pragma is None or (need_pragma and not got_pragma) or charset is None:
        return None
    return charset.decode("ascii", "replace")


def _attribute(cursor: _Bytes) -> tuple[bytes, bytes] | None:
    """The standard's "get an attribute": the next ``(name, value)``, lower-cased, or
    ``None`` at the tag's ``>``."""
    cursor.skip(_SPACE_OR_SLASH)
    if cursor.current() == ord(">"):
        return None
    name = bytearray()
    value = bytearray()
    while True:
        byte = cursor.current()
        if byte == ord("=") and name:
            cursor.position += 1
            break
        if byte in _SPACE:
            cursor.skip(_SPACE)
            if cursor.current() != ord("="):
                return bytes(name), b""
            cursor.position += 1
            break
        if byte in b"/>":
            return bytes(name), b""
        name.append(_lower(byte))
        cursor.position += 1
    cursor.skip(_SPACE)
    quote = cursor.current()
    if quote in b"\"'":
        while True:
            cursor.position += 1
            byte = cursor.current()
            if byte == quote:
                cursor.position += 1
                return bytes(name), bytes(value)
            value.append(_lower(byte))
    if quote == ord(">"):
        return bytes(name), b""
    while True:
        byte = cursor.current()
        if byte in _SPACE or byte == ord(">"):
            return bytes(name), bytes(value)
        value.append(_lower(byte))
        cursor.position += 1


def _is_one_of(data: bytes, position: int, allowed: bytes) -> bool:
    """Whether there is a byte at ``position`` and it is one of ``allowed``."""
    return position < len(data) and data[position] in allowed


def _lower(byte: int) -> int:
    return byte + 0x20 if 0x41 <= byte <= 0x5A else byte


def _charset_from_content(content: bytes) -> bytes | None:
    """The standard's "extract a character encoding from a meta element"."""
    position = 0
    while True:
        found = _CHARSET_IN_CONTENT.search(content, position)
        if found is None:
            return None
        position = found.end()
        while _is_one_of(content, position, _SPACE):
            position += 1
        if content[position : position + 1] == b"=":
            break
    position += 1
    while _is_one_of(content, position, _SPACE):
        position += 1
    quote = content[position : position + 1]
    if quote in (b'"', b"'"):
        end = content.find(quote, position + 1)
        return None if end < 0 else content[position + 1 : end]
    end = position
    while end < len(content) and content[end] not in _SPACE and content[end] != ord(";"):
        end += 1
    return content[position:end] or None
