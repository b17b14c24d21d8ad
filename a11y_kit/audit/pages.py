"""Which pages to audit: the app's GET routes without arguments, then same-origin links."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

from flask import Flask
from playwright.sync_api import Browser

_LINKS = "() => [...document.querySelectorAll('a[href]')].map((a) => a.href)"


def route_pages(app: Flask) -> list[str]:
    """Paths of GET routes that take no arguments (static files and a11y_kit's own left out)."""
    paths = []
    for rule in app.url_map.iter_rules():
        if rule.arguments or "GET" not in (rule.methods or ()) or rule.endpoint == "static":
            continue
        if rule.endpoint.startswith("a11y_kit."):
            continue
        paths.append(rule.rule)
    return sorted(set(paths))


def same_origin_paths(hrefs: list[str], base_url: str) -> list[str]:
    """The paths (with query, without fragment) of the links that stay on ``base_url``."""
    origin = urlsplit(base_url)
    paths = []
    for href in hrefs:
        parts = urlsplit(urljoin(base_url, href))
        if (parts.scheme, parts.netloc) != (origin.scheme, origin.netloc):
            continue
        paths.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return paths


#: A page's same-origin links, or ``None`` when the path is no HTML page (a stylesheet, a 404).
LinksOf = Callable[[str], list[str] | None]


def crawl(start: list[str], links_of: LinksOf, max_pages: int) -> list[str]:
    """``start`` and the HTML pages their links reach, breadth first, at most ``max_pages``."""
    found: list[str] = []
    seen: set[str] = set()
    queue = list(start)
    while queue and len(found) < max_pages:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        links = links_of(path)
        if links is None:
            continue
        found.append(path)
        queue += [link for link in links if link not in seen]
    return found


def link_reader(browser: Browser, base_url: str) -> LinksOf:
    """A ``links_of`` for ``crawl``: each page opened in ``browser`` (JavaScript off)."""

    def links_of(path: str) -> list[str] | None:
        context = browser.new_context(java_script_enabled=False)
        try:
            page = context.new_page()
            response = page.goto(base_url + path)
            if response is None or not response.ok:
                return None
            if not response.headers.get("content-type", "").startswith("text/html"):
                return None
            return same_origin_paths(page.evaluate(_LINKS), base_url)
        finally:
            context.close()

    return links_of
