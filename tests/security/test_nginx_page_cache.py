"""Behind the nginx recipe of docs/security.md, no visitor ever gets another's page."""

from __future__ import annotations

import gzip
import http.client
import itertools
import re
from collections.abc import Iterator
from typing import NamedTuple
from urllib.parse import urlsplit

import pytest

from a11y_kit.testing import preferences_cookie
from tests.support.installed_wheel import world_readable_tempdir
from tests.support.proxy import gunicorn, nginx_page_cache

ARTICLE = "/news/library-opening-hours"
PAGES = ("/", "/news/", ARTICLE)
IN_BLACK = preferences_cookie(scheme="black", size="200")


class Page(NamedTuple):
    """What one visitor was served."""

    status: int
    cache_status: str
    mode: str
    scheme: str
    html: str
    sets_cookie: bool
    content_encoding: str


@pytest.fixture(scope="module")
def proxy_url() -> Iterator[str]:
    """nginx with the recipe, in front of gunicorn serving the demo (under ``CSRFProtect``)
    and its risky pages."""
    with (
        world_readable_tempdir() as workdir,
        gunicorn("tests.support.sites.cached_site:create_app()") as upstream_port,
        nginx_page_cache(upstream_port, workdir) as url,
    ):
        yield url


_ATTRIBUTE = re.compile(r'data-a11y-(mode|scheme)="([a-z]+)"')


def fetch(
    base_url: str,
    path: str,
    cookie_lines: tuple[str, ...] = (),
    headers: dict[str, str] | tuple[tuple[str, str], ...] = (),
) -> Page:
    """GET ``path`` through the proxy with exactly these ``Cookie`` header lines (and
    ``headers``, each pair a line of its own; none asks for compression unless given)."""
    connection = http.client.HTTPConnection(urlsplit(base_url).netloc, timeout=10)
    try:
        connection.putrequest("GET", path, skip_accept_encoding=True)
        for line in cookie_lines:
            connection.putheader("Cookie", line)
        for name, value in headers.items() if isinstance(headers, dict) else headers:
            connection.putheader(name, value)
        connection.endheaders()
        response = connection.getresponse()
        body = response.read()
        encoding = response.getheader("Content-Encoding", "")
        html = gzip.decompress(body).decode() if encoding == "gzip" else body.decode()
    finally:
        connection.close()
    attributes = dict(_ATTRIBUTE.findall(html))
    return Page(
        response.status,
        response.getheader("X-Cache-Status", ""),
        attributes.get("mode", ""),
        attributes.get("scheme", ""),
        html,
        response.getheader("Set-Cookie") is not None,
        encoding,
    )


def unique_path(path: str, tag: str) -> str:
    """The same page under a cache key no other test has used."""
    return f"{path}?test={tag}"


def test_visitors_without_the_cookie_get_cache_hits(proxy_url: str) -> None:
    path = unique_path(ARTICLE, "hits")
    first, second = fetch(proxy_url, path), fetch(proxy_url, path)
    assert (first.status, first.cache_status) == (200, "MISS")
    assert (second.status, second.cache_status, second.mode) == (200, "HIT", "off")


def test_under_csrfprotect_a_new_visitors_page_sets_no_cookie_and_is_cached(
    proxy_url: str,
) -> None:
    path = unique_path(ARTICLE, "csrf-new-visitor")
    first, second = fetch(proxy_url, path), fetch(proxy_url, path)
    assert (first.sets_cookie, second.sets_cookie) == (False, False)
    assert (second.cache_status, second.mode) == ("HIT", "off")
    assert "csrf_token" not in second.html


def test_under_csrfprotect_a_page_in_the_mode_sets_no_cookie(proxy_url: str) -> None:
    page = fetch(proxy_url, unique_path(ARTICLE, "csrf-in-mode"), (f"a11y={IN_BLACK}",))
    assert (page.status, page.sets_cookie, page.scheme) == (200, False, "black")
    assert "csrf_token" not in page.html


def test_each_language_gets_its_own_cached_page(proxy_url: str) -> None:
    path = unique_path(ARTICLE, "languages")
    russian = {"Accept-Language": "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7"}
    english = {"Accept-Language": "en-GB,en;q=0.9"}
    assert "Версия для слабовидящих" in fetch(proxy_url, path, headers=russian).html
    for _ in range(2):
        page = fetch(proxy_url, path, headers=english)
        assert "Version for the visually impaired" in page.html
        assert "Версия для слабовидящих" not in page.html
    again = fetch(proxy_url, path, headers=russian)
    assert (again.cache_status, "Версия для слабовидящих" in again.html) == ("HIT", True)


def test_a_page_drawn_in_another_language_than_the_key_is_never_stored(proxy_url: str) -> None:
    path = unique_path(ARTICLE, "reordered")
    fetch(proxy_url, path, headers={"Accept-Language": "en;q=0.1, ru;q=0.9"})
    english = fetch(proxy_url, path, headers={"Accept-Language": "en"})
    assert "Version for the visually impaired" in english.html


def test_a_page_is_drawn_in_the_language_its_key_reads_from_two_header_lines(
    proxy_url: str,
) -> None:
    path = unique_path(ARTICLE, "two-lines")
    fetch(proxy_url, path, headers=(("Accept-Language", "de"), ("Accept-Language", "ru")))
    english = fetch(proxy_url, path, headers={"Accept-Language": "en"})
    assert "Version for the visually impaired" in english.html


def test_a_client_refusing_gzip_with_q0_gets_a_plain_page(proxy_url: str) -> None:
    path = unique_path(ARTICLE, "q0")
    refused = fetch(proxy_url, path, headers={"Accept-Encoding": "gzip;q=0, identity"})
    assert (refused.content_encoding, refused.mode) == ("", "off")


def test_a_compressed_page_never_reaches_a_client_that_did_not_ask(proxy_url: str) -> None:
    path = unique_path(ARTICLE, "encodings")
    compressed = fetch(proxy_url, path, headers={"Accept-Encoding": "gzip, deflate, br"})
    assert compressed.content_encoding == "gzip"
    for _ in range(2):
        plain = fetch(proxy_url, path)
        assert (plain.content_encoding, plain.mode) == ("", "off")
    assert fetch(proxy_url, path, headers={"Accept-Encoding": "gzip"}).cache_status == "HIT"


#: Sixteen visitors: one without the cookie, fifteen in distinct modes.
VISITORS: list[tuple[tuple[str, ...], tuple[str, str]]] = [
    ((), ("off", "white")),
    *(
        ((f"a11y={preferences_cookie(scheme=scheme, size=size)}",), ("on", scheme))
        for scheme, size in itertools.product(
            ("white", "black", "blue", "beige", "brown"), ("100", "150", "200")
        )
    ),
]


def test_distinct_visitors_only_ever_see_their_own_mode(proxy_url: str) -> None:
    for _, path in itertools.product(range(2), PAGES):
        for cookie_lines, expected in VISITORS:
            page = fetch(proxy_url, unique_path(path, "many"), cookie_lines)
            assert (page.mode, page.scheme) == expected, (path, cookie_lines)


POISONING = {
    "upper-case name": (f"A11Y={IN_BLACK}",),
    "comma separator": (f"x=1,a11y={IN_BLACK}",),
    "space after =": (f"a11y= {IN_BLACK}",),
    "spaces around =": (f"a11y = {IN_BLACK}",),
    "two header lines": ("x=1", f"a11y={IN_BLACK}"),
    "two pairs": (f"a11y=1-off; a11y={IN_BLACK}",),
}


@pytest.mark.parametrize("cookie_lines", POISONING.values(), ids=POISONING.keys())
def test_poisoning_request_never_reaches_the_real_visitor(
    proxy_url: str, cookie_lines: tuple[str, ...]
) -> None:
    path = unique_path(ARTICLE, "poison-" + str(abs(hash(cookie_lines))))
    for _ in range(2):
        fetch(proxy_url, path, cookie_lines)
    real = fetch(proxy_url, path, (f"a11y={IN_BLACK}",))
    assert (real.mode, real.scheme) == ("on", "black")
    assert 'class="a11y-toolbar"' in real.html


def test_streamed_page_is_never_shared(proxy_url: str) -> None:
    path = unique_path("/stream/library-opening-hours", "stream")
    in_black = fetch(proxy_url, path, (f"a11y={IN_BLACK}",))
    normal = [fetch(proxy_url, path) for _ in range(2)]
    assert (in_black.mode, in_black.scheme) == ("on", "black")
    assert [(page.mode, page.scheme) for page in normal] == [("off", "white")] * 2
    assert fetch(proxy_url, path, (f"a11y={IN_BLACK}",)).scheme == "black"


_TOKEN = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')


def test_flask_wtf_token_is_never_served_to_another_visitor(proxy_url: str) -> None:
    path = unique_path("/contact", "token")
    tokens = [_TOKEN.search(fetch(proxy_url, path).html) for _ in range(3)]
    values = [found.group(1) for found in tokens if found]
    assert len(values) == 3
    assert len(set(values)) == 3
