"""Where to send the visitor after a preference change: same-site paths only."""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

MAX_NEXT_LENGTH = 2048
#: Printable ASCII except space: kept as they are; space and non-ASCII are percent-encoded.
_PRINTABLE = "".join(chr(code) for code in range(0x21, 0x7F))
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
#: Path segments a browser reads as ``..`` and ``.`` (the URL standard, case-insensitive).
_DOUBLE_DOT = frozenset({"..", ".%2e", "%2e.", "%2e%2e"})
_SINGLE_DOT = frozenset({".", "%2e"})


def safe_path(value: object) -> str | None:
    """``value`` as a same-site path (``/...``), or ``None`` if it could leave the site.

    Spaces and non-ASCII characters are percent-encoded so that such paths round-trip; dot
    segments are resolved as a browser resolves them; a control character, a scheme, or ``//``
    or ``/\\`` at the start (before or after resolving) is refused.
    """
    if not isinstance(value, str) or len(value) > MAX_NEXT_LENGTH:
        return None
    if value.isascii() and value.isprintable() and " " not in value:
        encoded = value
    elif _CONTROL.search(value):
        return None
    else:
        encoded = quote(value, safe=_PRINTABLE)
        if len(encoded) > MAX_NEXT_LENGTH:
            return None
    if not encoded.startswith("/"):
        return None
    resolved = _without_dot_segments(encoded)
    if resolved[1:2] in ("/", "\\"):
        return None
    return resolved


def _without_dot_segments(path: str) -> str:
    """``path`` as a browser resolves it: ``\\`` read as ``/``, ``..`` and ``.`` segments (also
    percent-encoded: ``%2e%2e``) removed, so that the root check sees where it really leads."""
    end = min((at for at in (path.find("?"), path.find("#")) if at >= 0), default=len(path))
    segments = path[1:end].replace("\\", "/").split("/")
    kept: list[str] = []
    for index, segment in enumerate(segments):
        lowered = segment.lower()
        if lowered in _DOUBLE_DOT or lowered in _SINGLE_DOT:
            if lowered in _DOUBLE_DOT and kept:
                kept.pop()
            if index == len(segments) - 1:
                kept.append("")
        else:
            kept.append(segment)
    return "/" + "/".join(kept) + path[end:]


def same_site_referer_path(referer: str | None, host_url: str) -> str | None:
    """The path of ``referer`` if it points at this site (``host_url``), else ``None``."""
    if not referer or len(referer) > MAX_NEXT_LENGTH:
        return None
    try:
        parts = urlsplit(referer)
        host = urlsplit(host_url)
    except ValueError:
        return None
    if (parts.scheme, parts.netloc) != (host.scheme, host.netloc):
        return None
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    return safe_path(path)


def _inside(path: str, base: str) -> bool:
    """Whether ``path`` lies under the application root ``base`` (``""`` at the top)."""
    return not base or path == base or path.startswith((base + "/", base + "?"))


def safe_next(next_value: object, referer: str | None, host_url: str, root: str = "/") -> str:
    """The redirect target: ``next`` if it is a path inside the application ``root`` (its
    ``SCRIPT_NAME``), else the same-site referer's path if inside it, else the root itself."""
    base = root.rstrip("/")
    for candidate in (safe_path(next_value), same_site_referer_path(referer, host_url)):
        if candidate is not None and _inside(candidate, base):
            return candidate
    return base + "/"
