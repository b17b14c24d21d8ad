"""The charset a page declares in a ``<meta>``, read by the HTML parser as Chromium reads it (each
case checked against ``document.characterSet`` in Chromium 156)."""

from __future__ import annotations

import pytest

from a11y_kit.rewriting.charsets import PRESCAN_BYTES, declared_encoding

DECLARED = {
    "charset": (b'<meta charset="windows-1251"><p>x', "windows-1251"),
    "http-equiv": (
        b'<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">',
        "koi8-r",
    ),
    "inside a comment": (b'<!-- <meta charset="koi8-r"> --><p>x', None),
    "inside a script": (b'<script>"<meta charset=koi8-r>"</script><p>x', None),
    "unknown label, then a real one": (
        b'<meta charset="no-such"><meta charset="koi8-r">',
        "koi8-r",
    ),
    "UTF-16 means UTF-8": (b'<meta charset="utf-16">', "utf-8"),
    "x-user-defined means windows-1252": (b'<meta charset="x-user-defined">', "windows-1252"),
    "past the first 1024 bytes": (b"<p>" + b"x" * PRESCAN_BYTES + b'<meta charset="koi8-r">', None),
}


@pytest.mark.parametrize("page, expected", DECLARED.values(), ids=list(DECLARED))
def test_declared_encoding(page: bytes, expected: str | None) -> None:
    found = declared_encoding(page)
    assert (found.name if found else None) == expected
