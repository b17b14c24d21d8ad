"""Preferences change only by a same-origin POST; Flask-WTF's CSRF protection fits in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask
from flask_wtf.csrf import CSRFProtect
from playwright.sync_api import Page, expect

import examples.news as news
from a11y_kit import A11yKit
from a11y_kit.audit.server import serving
from examples.news import create_app, protect, register_pages
from tests.browser.toolbar import option, saves, switch_on

ENDPOINT = "/a11y/preferences"


def csrf_app(*, protect_first: bool = True) -> Flask:
    """The demo under Flask-WTF's ``CSRFProtect``, initialised before or after a11y_kit."""
    config = {"SECRET_KEY": "test only", "WTF_CSRF_SSL_STRICT": False}
    if protect_first:
        app = Flask(news.__name__)
        app.config.update(config)
        CSRFProtect(app)
        protect(app)
        A11yKit(app)
        register_pages(app)
        return app
    app = create_app(config)
    CSRFProtect(app)
    return app


@pytest.fixture(scope="module")
def csrf_site_url() -> Iterator[str]:
    with serving(csrf_app()) as url:
        yield url


def test_get_with_parameters_sets_nothing() -> None:
    client = create_app({"TESTING": True}).test_client()
    assert client.get(ENDPOINT + "?mode=on&scheme=black").status_code == 405
    assert client.get("/?a11y=1-on&mode=on").status_code == 200
    assert client.get_cookie("a11y") is None


@pytest.mark.parametrize("protect_first", [True, False], ids=["csrf-first", "a11y-kit-first"])
def test_under_csrfprotect_a_new_visitors_page_holds_no_token_and_sets_no_cookie(
    protect_first: bool,
) -> None:
    client = csrf_app(protect_first=protect_first).test_client()
    response = client.get("/")
    assert "csrf_token" not in response.text
    assert "Set-Cookie" not in response.headers
    assert response.headers.get("Cache-Control") is None


@pytest.mark.parametrize("protect_first", [True, False], ids=["csrf-first", "a11y-kit-first"])
def test_under_csrfprotect_a_same_origin_post_needs_no_token(protect_first: bool) -> None:
    client = csrf_app(protect_first=protect_first).test_client()
    response = client.post(ENDPOINT, data={"mode": "on"}, headers={"Sec-Fetch-Site": "same-origin"})
    assert response.status_code == 303
    assert client.get_cookie("a11y").value.startswith("2-mon")


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param({"Sec-Fetch-Site": "cross-site"}, id="sec-fetch-site"),
        pytest.param({"Origin": "https://evil.example"}, id="origin"),
        pytest.param({"Referer": "https://evil.example/page"}, id="referer"),
    ],
)
def test_under_csrfprotect_a_cross_site_post_is_refused(headers: dict[str, str]) -> None:
    client = csrf_app().test_client()
    assert client.post(ENDPOINT, data={"mode": "on"}, headers=headers).status_code == 403
    assert client.get_cookie("a11y") is None


def test_csrfprotect_still_guards_the_hosts_own_forms() -> None:
    app = csrf_app()
    app.add_url_rule("/contact", "contact", lambda: "sent", methods=["POST"])
    assert app.test_client().post("/contact", data={"message": "hi"}).status_code == 400


@pytest.mark.browser_context_args(java_script_enabled=False)
def test_toolbar_works_without_javascript_under_csrf(page: Page, csrf_site_url: str) -> None:
    page.goto(csrf_site_url + "/")
    page.get_by_role("button", name="Version for the visually impaired").click()
    expect(page.get_by_role("region", name="Accessibility settings")).to_be_visible()


def test_instant_toggling_works_under_csrf(page: Page, csrf_site_url: str) -> None:
    page.goto(csrf_site_url + "/")
    switch_on(page)
    larger = option(page, "Font size", "175%")
    with page.expect_response(saves("size")) as saved:
        larger.click()
    assert saved.value.status == 204
