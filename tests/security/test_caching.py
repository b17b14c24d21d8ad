"""Behind a page cache, visitor A's mode is never served to visitor B."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask, render_template, request
from flask_caching import Cache

from a11y_kit import preferences_cache_key
from examples.news import create_app
from examples.news.articles import find_article

A_IN_BLACK = "1-on-serif-200-wide-2-black-on"


def cached_site(key: Callable[[], str]) -> Flask:
    """The demo with its article page behind Flask-Caching, keyed by ``key``."""
    app = create_app({"TESTING": True, "CACHE_TYPE": "SimpleCache"})
    cache = Cache(app)

    @app.get("/cached/<slug>")
    @cache.cached(key_prefix=key)
    def cached_article(slug: str) -> str:
        return render_template("article.html", article=find_article(slug))

    return app


def with_preferences() -> str:
    return f"page:{request.path}:{preferences_cache_key()}"


def path_only() -> str:
    return f"page:{request.path}"


def visit(app: Flask, cookie: str | None) -> str:
    client = app.test_client()
    if cookie:
        client.set_cookie("a11y", cookie)
    response = client.get("/cached/library-opening-hours")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_visitor_b_never_gets_visitor_as_mode() -> None:
    app = cached_site(with_preferences)
    assert 'data-a11y-scheme="black"' in visit(app, A_IN_BLACK)
    assert 'data-a11y-mode="off"' in visit(app, None)


def test_visitors_with_the_same_mode_share_the_cached_page() -> None:
    app = cached_site(with_preferences)
    first = visit(app, A_IN_BLACK)
    assert visit(app, A_IN_BLACK + "-tampered-tail") == first


def test_cached_page_still_varies_on_cookie() -> None:
    app = cached_site(with_preferences)
    visit(app, None)
    client = app.test_client()
    assert "Cookie" in client.get("/cached/library-opening-hours").vary


def test_a_path_only_key_would_leak_the_mode() -> None:
    app = cached_site(path_only)
    visit(app, A_IN_BLACK)
    assert 'data-a11y-scheme="black"' in visit(app, None)


DEFAULT_TOKEN = "1-off-sans-100-normal-normal-white-on"


@pytest.mark.parametrize(
    ("cookie", "token"),
    [
        (None, DEFAULT_TOKEN),
        ("garbage", DEFAULT_TOKEN),
        ("1-" + "x-" * 100, DEFAULT_TOKEN),
        ("1-on-serif-150-wide-bogus", "1-on-serif-150-wide-normal-white-on"),
        (A_IN_BLACK, A_IN_BLACK),
    ],
)
def test_key_token_is_the_normalised_cookie(cookie: str | None, token: str) -> None:
    app = create_app({"TESTING": True})
    headers = {"Cookie": f"a11y={cookie}"} if cookie else {}
    with app.test_request_context("/", headers=headers):
        assert preferences_cache_key() == token
