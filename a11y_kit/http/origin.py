"""Whether a state-changing request comes from this site itself."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Request


def _origin_of(url: str) -> tuple[str, str] | None:
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return (parts.scheme, parts.netloc.lower())


def is_same_origin(request: Request) -> bool:
    """Trust ``Sec-Fetch-Site`` when sent, else ``Origin``, else ``Referer``.

    Only ``same-origin`` passes ``Sec-Fetch-Site`` (a sibling subdomain is refused).
    A request with none of the three headers (an old browser, a script) is allowed:
    the cookie is ``SameSite=Lax`` and only holds display preferences.
    """
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site == "same-origin"
    own = _origin_of(request.host_url)
    for header in ("Origin", "Referer"):
        value = request.headers.get(header)
        if value is not None:
            return value != "null" and _origin_of(value) == own
    return True
