"""What a shared cache is told: one visitor's page is never marked as shareable with another."""

from __future__ import annotations

import pytest
from flask import Flask, Response, render_template_string, session, stream_template_string
from flask_wtf.csrf import CSRFProtect
from markupsafe import Markup

from a11y_kit import A11yKit
from tests.support.sites.bare_site import BARE_PAGE, create_bare_app

IN_BLACK = "1-on-serif-200-wide-2-black-on"
DEFAULTS = "1-off-sans-100-normal-normal-white-on"


def cache_control(response: Response) -> str:
    return ", ".join(response.headers.getlist("Cache-Control"))


@pytest.mark.parametrize(
    "cookie_header",
    [
        f"A11Y={IN_BLACK}",
        f"x=1,a11y={IN_BLACK}",
        f"a11y= {IN_BLACK}",
        f"a11y = {IN_BLACK}",
        f"a11y={DEFAULTS}, a11y={IN_BLACK}",
        f"a11y={DEFAULTS}; a11y={IN_BLACK}",
        f"session=a11y{IN_BLACK}",
    ],
)
def test_cookie_header_a_proxy_could_read_differently_is_private(cookie_header: str) -> None:
    client = create_bare_app().test_client(use_cookies=False)
    response = client.get("/", environ_overrides={"HTTP_COOKIE": cookie_header})
    assert "private" in cache_control(response)
    assert "Cookie" in response.headers["Vary"]


def test_one_well_formed_default_cookie_stays_shareable() -> None:
    client = create_bare_app().test_client(use_cookies=False)
    response = client.get("/", environ_overrides={"HTTP_COOKIE": f"x=1; a11y={DEFAULTS}"})
    assert "private" not in cache_control(response)


def test_streamed_page_varies_on_cookie_and_is_private_in_the_mode() -> None:
    app = create_bare_app()
    app.add_url_rule("/stream", "stream", lambda: stream_template_string(BARE_PAGE))
    client = app.test_client(use_cookies=False)
    response = client.get("/stream", environ_overrides={"HTTP_COOKIE": f"a11y={IN_BLACK}"})
    assert 'data-a11y-scheme="black"' in response.get_data(as_text=True)
    assert "Cookie" in response.headers["Vary"]
    assert "private" in cache_control(response)


def csrf_app(**config: object) -> Flask:
    app = create_bare_app(SECRET_KEY="test only", **config)
    CSRFProtect(app)
    return app


@pytest.mark.parametrize("field", ["csrf_token", "authenticity"])
def test_normal_mode_page_with_the_hosts_own_csrf_token_is_private(field: str) -> None:
    app = csrf_app(WTF_CSRF_FIELD_NAME=field)
    form = '<form method="post"><input type="hidden" name="{0}" value="{{{{ csrf_token() }}}}">'
    app.add_url_rule(
        "/contact", "contact", lambda: render_template_string(BARE_PAGE + form.format(field))
    )
    response = app.test_client().get("/contact")
    assert f'name="{field}"' in response.get_data(as_text=True)
    assert "private" in cache_control(response)


def test_page_that_read_session_data_is_private() -> None:
    app = create_bare_app(SECRET_KEY="test only")

    @app.get("/signed-in")
    def signed_in() -> str:
        session["user"] = "a"
        return render_template_string(BARE_PAGE + "{{ session['user'] }}")

    response = app.test_client().get("/signed-in")
    assert "private" in cache_control(response)


def headers_app(**headers: list[str]) -> Flask:
    app = create_bare_app()

    @app.after_request
    def add_lines(response: Response) -> Response:
        for name, lines in headers.items():
            for line in lines:
                response.headers.add(name.replace("_", "-"), line)
        return response

    return app


def test_every_vary_line_is_kept() -> None:
    app = headers_app(Vary=["Accept-Encoding", "Origin"])
    response = app.test_client().get("/")
    names = {name.strip() for line in response.headers.getlist("Vary") for name in line.split(",")}
    assert names == {"Accept-Encoding", "Origin", "Cookie", "Accept-Language"}


def test_no_store_in_a_second_cache_control_line_stays_binding() -> None:
    app = headers_app(Cache_Control=["max-age=60", "no-store"])
    client = app.test_client(use_cookies=False)
    response = client.get("/", environ_overrides={"HTTP_COOKIE": f"a11y={IN_BLACK}"})
    directives = cache_control(response)
    assert "no-store" in directives
    assert "max-age=60" in directives


def test_public_in_any_line_becomes_private_in_the_mode() -> None:
    app = headers_app(Cache_Control=["max-age=60", "public"])
    client = app.test_client(use_cookies=False)
    response = client.get("/", environ_overrides={"HTTP_COOKIE": f"a11y={IN_BLACK}"})
    assert "public" not in cache_control(response)
    assert "private" in cache_control(response)


def test_form_limits_hold_under_csrfprotect() -> None:
    client = csrf_app().test_client()
    response = client.post("/a11y/preferences", data={"mode": "on", "filler": "x" * 400_000})
    assert response.status_code == 413


def test_form_urls_follow_each_request_scheme() -> None:
    app = Flask(__name__, subdomain_matching=True)
    app.config["SERVER_NAME"] = "example.test"
    A11yKit(app)
    app.add_url_rule("/", "page", lambda: render_template_string(BARE_PAGE), subdomain="news")
    client = app.test_client()
    client.get("/", base_url="http://news.example.test/")
    page = client.get("/", base_url="https://news.example.test/").get_data(as_text=True)
    assert 'action="https://example.test/a11y/preferences"' in page
    assert 'href="https://example.test/a11y/static/' in page


@pytest.mark.parametrize(
    ("fields", "headers"),
    [
        ({"next": "/other-app/account"}, {}),
        ({}, {"Referer": "http://localhost/other-app/account"}),
    ],
)
def test_redirect_never_leaves_the_application_root(
    fields: dict[str, str], headers: dict[str, str]
) -> None:
    client = create_bare_app().test_client()
    response = client.post(
        "/a11y/preferences",
        data={"mode": "on", **fields},
        headers=headers,
        base_url="http://localhost/site/",
    )
    assert response.status_code == 303
    assert response.location == "/site/#a11y-toolbar"


def test_next_inside_the_application_root_is_followed() -> None:
    client = create_bare_app().test_client()
    response = client.post(
        "/a11y/preferences",
        data={"mode": "on", "next": "/site/news?page=2"},
        base_url="http://localhost/site/",
    )
    assert response.location == "/site/news?page=2#a11y-toolbar"


def test_image_escapes_the_same_whatever_the_call_order() -> None:
    app = create_bare_app()
    template = "{{ a11y.image('/a.png', trusted) }}|{{ a11y.image('/a.png', text) }}"
    with app.test_request_context("/"):
        rendered = render_template_string(template, trusted=Markup("<b>x</b>"), text="<b>x</b>")
    trusted, text = rendered.split("|")
    assert 'alt="<b>x</b>"' in trusted
    assert "&lt;b&gt;x&lt;/b&gt;" in text


def test_page_whose_language_follows_the_header_varies_on_it() -> None:
    response = create_bare_app().test_client().get("/", headers={"Accept-Language": "ru"})
    assert {"cookie", "accept-language"} <= {name.lower() for name in response.vary}


def test_page_with_a_configured_language_does_not_vary_on_the_header() -> None:
    response = create_bare_app(A11Y_LOCALE="ru").test_client().get("/")
    assert "accept-language" not in {name.lower() for name in response.vary}


@pytest.mark.parametrize(
    ("accept_language", "shared"),
    [("ru-RU,ru;q=0.9,en;q=0.8", True), ("en;q=0.1,ru;q=0.9", False), ("de,ru;q=0.5", True)],
)
def test_page_whose_language_a_cache_key_would_misfile_is_private(
    accept_language: str, shared: bool
) -> None:
    client = create_bare_app().test_client()
    response = client.get("/", headers={"Accept-Language": accept_language})
    assert ("private" in cache_control(response)) is not shared
