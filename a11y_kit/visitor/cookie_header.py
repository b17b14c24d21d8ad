"""Finding our cookie in a raw ``Cookie`` header so that no proxy can read it differently.

Proxies and CDNs parse ``Cookie`` leniently: nginx's ``$cookie_a11y`` matches the name in any
case, splits on ``,`` as well as ``;``, skips spaces around ``=`` and joins repeated header lines.
A header that such a parser could read as another value than ours is *ambiguous*: a11y_kit then
reads it strictly and marks the response ``private`` so that no shared cache stores it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

#: RFC 6265 ``cookie-octet``: printable ASCII except space, ``"``, ``,``, ``;`` and ``\\``.
_COOKIE_OCTETS = re.compile(r"[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]*")


class CookieReading(NamedTuple):
    """Our cookie's value in one request (``None``: not sent), and whether a proxy could differ."""

    value: str | None
    ambiguous: bool


NOT_SENT = CookieReading(None, False)


class CookieFinder:
    """Reads one named cookie: exactly one well-formed ``name=value`` pair is unambiguous.

    The value runs to the next ``;`` (the preference parser keeps only its allowlisted parts).
    Any other mention of the name, in any letter case (a second pair, ``NAME=``, ``name =``,
    a name inside another cookie's name or value), or a value with characters a cookie may
    not hold (space, comma: where a proxy would stop reading), makes the reading ambiguous.
    """

    def __init__(self, name: str) -> None:
        self._lower_name = name.lower()
        self._pair = re.compile(rf"(?:^|; ?){re.escape(name)}=([^;]*)")

    def read(self, header: str) -> CookieReading:
        """The cookie's value in ``header`` (a raw ``Cookie`` header, lines joined)."""
        mentions = header.lower().count(self._lower_name)
        if not mentions:
            return NOT_SENT
        pairs = self._pair.findall(header)
        if mentions == 1 and len(pairs) == 1 and _COOKIE_OCTETS.fullmatch(pairs[0]):
            return CookieReading(pairs[0], ambiguous=False)
        return CookieReading(pairs[0] if pairs else None, ambiguous=True)
