"""Behind a page cache, visitor A's mode is never served to visitor B."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from bs4 import BeautifulSoup
from flask import Flask, render_template, render_template_string, request
from flask_caching import Cache
from flask_wtf.csrf import CSRFProtect

from a11y_kit import cacheable, preferences_cache_key
from a11y_kit.testing import preferences_cookie
from examples.news import create_app
from examples.news.articles import find_article

A_IN_BLACK = "1-on-serif-200-wide-2-black-on"
#: A host page with a form of its own, carrying Flask-WTF's per-visitor token.
CONTACT_FORM = """<html {{ a11y.html_attrs() }}><body>{{ a11y.switch() }}
<form method="post"><input type="hidden" name="csrf_token" value="{{ csrf_token() }}"></form>"""


def cached_site(key: Callable[[], str], csrf: bool = False, share: Callable = cacheable) -> Flask:
    """The demo with its article page behind the Flask-Caching recipe of docs/security.md."""
    app = create_app({"TESTING": True, "CACHE_TYPE": "SimpleCache", "SECRET_KEY": "test only"})
    if csrf:
        CSRFProtect(app)
    cache = Cache(app)

    @app.get("/cached/<slug>")
    @cache.cached(key_prefix=key, response_filter=share)
    def cached_article(slug: str) -> str:
        return render_template("article.html", article=find_article(slug))

    @app.get("/cached-contact")
    @cache.cached(key_prefix=key, response_filter=share)
    def cached_contact() -> str:
        return render_template_string(CONTACT_FORM)

    return app


def with_preferences() -> str:
    return f"page:{request.full_path}:{preferences_cache_key()}"


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


def host_token(html: str) -> str:
    return BeautifulSoup(html, "html.parser").select_one('form [name="csrf_token"]')["value"]


def test_under_csrfprotect_the_toolbar_pages_are_shared_and_carry_no_token() -> None:
    app = cached_site(with_preferences, csrf=True)
    visitor_a, visitor_b = app.test_client(), app.test_client()
    page_a = visitor_a.get("/cached/library-opening-hours")
    page_b = visitor_b.get("/cached/library-opening-hours")
    assert page_b.text == page_a.text
    assert "csrf_token" not in page_a.text
    assert "Set-Cookie" not in page_a.headers and "Set-Cookie" not in page_b.headers
    assert visitor_b.post("/a11y/preferences", data={"mode": "on"}).status_code == 303


def test_under_csrfprotect_a_page_with_the_hosts_own_token_is_never_shared() -> None:
    app = cached_site(with_preferences, csrf=True)
    pages = [app.test_client().get("/cached-contact").text for _ in range(2)]
    assert host_token(pages[0]) != host_token(pages[1])


def test_without_the_filter_the_hosts_token_would_leak() -> None:
    app = cached_site(with_preferences, csrf=True, share=lambda _: True)
    pages = [app.test_client().get("/cached-contact").text for _ in range(2)]
    assert host_token(pages[0]) == host_token(pages[1])


def test_cached_page_still_varies_on_cookie() -> None:
    app = cached_site(with_preferences)
    visit(app, None)
    client = app.test_client()
    assert "Cookie" in client.get("/cached/library-opening-hours").vary


def test_a_path_only_key_would_leak_the_mode() -> None:
    app = cached_site(path_only)
    visit(app, A_IN_BLACK)
    assert 'data-a11y-scheme="black"' in visit(app, None)


DEFAULT_TOKEN = preferences_cookie(mode="off")


@pytest.mark.parametrize(
    ("cookie", "token"),
    [
        (None, DEFAULT_TOKEN),
        ("garbage", DEFAULT_TOKEN),
        ("1-" + "x-" * 100, DEFAULT_TOKEN),
        ("1-on-serif-150-wide-bogus", preferences_cookie(font="serif", size="150", spacing="wide")),
        (
            A_IN_BLACK,
            preferences_cookie(
                font="serif", size="200", spacing="wide", line_height="2", scheme="black"
            ),
        ),
    ],
)
def test_key_token_is_the_normalised_cookie(cookie: str | None, token: str) -> None:
    app = create_app({"TESTING": True})
    headers = {"Cookie": f"a11y={cookie}"} if cookie else {}
    with app.test_request_context("/", headers=headers):
        assert preferences_cache_key() == f"{token}.en"


@pytest.mark.parametrize(
    ("accept_language", "language"),
    [("ru-RU,ru;q=0.9,en;q=0.8", "ru"), ("be", "be"), ("de-DE,de;q=0.9", "en"), ("", "en")],
)
def test_key_token_names_the_toolbars_language(accept_language: str, language: str) -> None:
    app = create_app({"TESTING": True})
    with app.test_request_context("/", headers={"Accept-Language": accept_language}):
        assert preferences_cache_key().endswith(f".{language}")
