"""``A11Y_COOKIE_DOMAIN``: one choice for every subdomain of a site, checked at ``init_app``."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

#: One DNS label: letters, digits and inner hyphens, at most 63 characters.
_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")


def checked_cookie_domain(domain: object, server_name: str | None) -> str | None:
    """``domain`` lower-cased without a leading dot (``None``: a host-only cookie).

    Refuses anything a browser would not store for the site's hosts: not a name of two labels
    or more, an IP address, or (with ``SERVER_NAME`` set) not the server's host or a parent of it.
    """
    if domain is None:
        return None
    name = domain.strip().lower().removeprefix(".") if isinstance(domain, str) else ""
    labels = name.split(".")
    if len(labels) < 2 or labels[-1].isdigit() or not all(map(_LABEL.fullmatch, labels)):
        raise ValueError(
            f"A11Y_COOKIE_DOMAIN: {domain!r} is not a domain of two labels or more, "
            "such as 'example.org'"
        )
    host = host_name(server_name) if server_name else None
    if host is not None and not is_within(host, name):
        raise ValueError(
            f"A11Y_COOKIE_DOMAIN: {name!r} is neither SERVER_NAME's host {host!r} nor a parent "
            "of it: browsers would refuse the cookie"
        )
    return name


def host_name(host: str) -> str:
    """The host of a ``Host`` header or ``SERVER_NAME``, lower-cased, without the port."""
    return (urlsplit(f"//{host}").hostname or "").lower()


def is_within(host: str, domain: str) -> bool:
    """Whether ``host`` is ``domain`` or one of its subdomains."""
    return host == domain or host.endswith(f".{domain}")
