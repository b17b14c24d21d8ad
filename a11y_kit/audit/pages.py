"""Which pages to audit: the app's GET routes without arguments, then same-origin links."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple
from urllib.parse import urljoin, urlsplit

from flask import Flask
from playwright.sync_api import Browser, Error

from .browser import navigations_off_the_site

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


class Visit(NamedTuple):
    """A path opened while crawling: the path it ended on (after redirects) and its
    same-origin links; or, for no page to audit, why (``skipped``)."""

    final_path: str = ""
    links: tuple[str, ...] = ()
    skipped: str = ""


class Crawl(NamedTuple):
    """The pages to audit, and the paths left out with the reason."""

    pages: list[str]
    skipped: dict[str, str]


def crawl(start: list[str], visit: Callable[[str], Visit], max_visits: int) -> Crawl:
    """``start`` and the HTML pages their links reach, breadth first, in at most
    ``max_visits`` visits (a redirecting path counts as the page it ends on)."""
    pages: list[str] = []
    skipped: dict[str, str] = {}
    seen: set[str] = set()
    queue = list(start)
    visits = 0
    while queue and visits < max_visits:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        visits += 1
        found = visit(path)
        if found.skipped:
            skipped[path] = found.skipped
            continue
        if found.final_path not in pages:
            pages.append(found.final_path)
        seen.add(found.final_path)
        queue += [link for link in found.links if link not in seen]
    return Crawl(pages, skipped)


def link_reader(browser: Browser, base_url: str, timeout_ms: int) -> Callable[[str], Visit]:
    """A ``visit`` for ``crawl``: each page opened in ``browser`` (JavaScript off)."""

    def visit(path: str) -> Visit:
        context = browser.new_context(java_script_enabled=False)
        try:
            page = context.new_page()
            left = navigations_off_the_site(page, base_url)
            page.set_default_timeout(timeout_ms)
            try:
                response = page.goto(base_url + path, wait_until="domcontentloaded")
            except Error:
                response = None
            if left:
                return Visit(skipped=f"redirected off the site, to {left[0]}")
            if response is None:
                return Visit(skipped=f"not ready in {timeout_ms / 1000:g} s")
            if response is None or not response.ok:
                return Visit(skipped=f"answered {getattr(response, 'status', None)}")
            landed = same_origin_paths([page.url], base_url)
            if not response.headers.get("content-type", "").startswith("text/html"):
                return Visit(skipped="not an HTML page")
            links = same_origin_paths(page.evaluate(_LINKS), base_url)
            return Visit(landed[0], tuple(links))
        finally:
            context.close()

    return visit
