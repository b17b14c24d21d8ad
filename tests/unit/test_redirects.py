"""``safe_next``: only same-site paths survive."""

from __future__ import annotations

import pytest

from a11y_kit.visitor.redirects import MAX_NEXT_LENGTH, safe_next, safe_path

HOST = "http://127.0.0.1:5000/"


@pytest.mark.parametrize(
    "path",
    ["/", "/news/", "/news/library-opening-hours", "/search?q=a&page=2", "/a/b#top"],
)
def test_same_site_path_is_kept(path: str) -> None:
    assert safe_path(path) == path


@pytest.mark.parametrize(
    "hostile",
    [
        "//evil.example",
        "/\\evil.example",
        "https://evil.example",
        "http:evil.example",
        "javascript:alert(1)",
        "data:text/html,hi",
        "evil.example",
        "/\r\nSet-Cookie: x=1",
        "/\t/evil.example",
        "",
        "/" + "a" * MAX_NEXT_LENGTH,
    ],
)
def test_hostile_next_is_refused(hostile: str) -> None:
    assert safe_path(hostile) is None


def test_non_ascii_path_is_percent_encoded() -> None:
    assert safe_path("/новости") == "/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8"


def test_space_is_percent_encoded() -> None:
    assert safe_path("/my page") == "/my%20page"


def test_non_string_next_is_refused() -> None:
    assert safe_path(None) is None


def test_same_site_referer_is_the_fallback() -> None:
    target = safe_next("//evil.example", "http://127.0.0.1:5000/news/?page=2", HOST, "/")
    assert target == "/news/?page=2"


def test_foreign_referer_falls_back_to_root() -> None:
    assert safe_next(None, "http://evil.example/news/", HOST, "/") == "/"


def test_referer_on_another_port_falls_back_to_root() -> None:
    assert safe_next(None, "http://127.0.0.1:8000/news/", HOST, "/") == "/"
