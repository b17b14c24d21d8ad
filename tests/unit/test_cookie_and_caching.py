"""The preference cookie's attributes and the cache headers of pages."""

from __future__ import annotations

from flask import Flask, render_template_string
from flask.testing import FlaskClient

from examples.news import create_app

ENDPOINT = "/a11y/preferences"


def set_cookie_header(client: FlaskClient, **environ: str) -> str:
    response = client.post(ENDPOINT, data={"mode": "on"}, environ_overrides=environ)
    return response.headers["Set-Cookie"]


def test_cookie_is_host_only_httponly_lax_for_a_year(client: FlaskClient) -> None:
    header = set_cookie_header(client)
    attributes = {part.split("=")[0].strip() for part in header.split(";")}
    assert {"HttpOnly", "Path", "Max-Age"} <= attributes
    assert "Domain" not in attributes
    assert "SameSite=Lax" in header
    assert "Max-Age=31536000" in header
    assert "Path=/;" in header or header.endswith("Path=/")


def test_cookie_is_secure_over_https(client: FlaskClient) -> None:
    assert "Secure" in set_cookie_header(client, **{"wsgi.url_scheme": "https"})


def test_cookie_is_not_secure_over_plain_http(client: FlaskClient) -> None:
    assert "Secure" not in set_cookie_header(client)


def test_cookie_path_follows_the_application_root(client: FlaskClient) -> None:
    response = client.post(ENDPOINT, data={"mode": "on"}, base_url="http://localhost/site/")
    assert "Path=/site" in response.headers["Set-Cookie"]
    assert response.location == "/site/#a11y-toolbar"


def test_pages_vary_on_cookie(client: FlaskClient) -> None:
    assert "Cookie" in client.get("/").vary


def test_page_with_preferences_is_private(client: FlaskClient) -> None:
    client.post(ENDPOINT, data={"mode": "on"})
    assert client.get("/").cache_control.private


def test_page_without_preferences_stays_cacheable(client: FlaskClient) -> None:
    assert not client.get("/").cache_control.private


def test_no_store_is_never_weakened() -> None:
    app = create_app({"TESTING": True})

    @app.get("/account")
    def account() -> tuple[str, int, dict[str, str]]:
        page = render_template_string("<html {{ a11y.html_attrs() }}></html>")
        return page, 200, {"Cache-Control": "no-store"}

    client = app.test_client()
    client.post(ENDPOINT, data={"mode": "on"})
    cache_control = client.get("/account").cache_control
    assert cache_control.no_store
    assert not cache_control.private


def test_routes_that_do_not_render_the_mode_do_not_vary(app: Flask) -> None:
    with app.test_client().get("/px.css") as response:
        assert "Cookie" not in response.vary
