"""Preferences change only by a same-origin POST; Flask-WTF's CSRF protection fits in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from bs4 import BeautifulSoup
from flask import Flask
from flask_wtf.csrf import CSRFProtect
from playwright.sync_api import Page, expect

from a11y_kit.audit.server import serving
from examples.news import create_app
from tests.browser.toolbar import option, saves, switch_on

ENDPOINT = "/a11y/preferences"


def csrf_app() -> Flask:
    app = create_app({"SECRET_KEY": "test only", "WTF_CSRF_SSL_STRICT": False})
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


def test_forms_carry_the_csrf_token() -> None:
    client = csrf_app().test_client()
    soup = BeautifulSoup(client.get("/").text, "html.parser")
    token = soup.select_one('.a11y-switch input[name="csrf_token"]')
    assert token is not None and token["value"]
    response = client.post(ENDPOINT, data={"mode": "on", "csrf_token": token["value"]})
    assert response.status_code == 303
    assert client.get_cookie("a11y").value.startswith("2-mon")


def test_post_without_the_token_is_refused() -> None:
    client = csrf_app().test_client()
    client.get("/")
    assert client.post(ENDPOINT, data={"mode": "on"}).status_code == 400
    assert client.get_cookie("a11y") is None


@pytest.mark.browser_context_args(java_script_enabled=False)
def test_toolbar_works_without_javascript_under_csrf(page: Page, csrf_site_url: str) -> None:
    page.goto(csrf_site_url + "/")
    page.get_by_role("button", name="Version for the visually impaired").click()
    expect(page.get_by_role("region", name="Accessibility settings")).to_be_visible()


def test_instant_toggling_sends_the_token(page: Page, csrf_site_url: str) -> None:
    page.goto(csrf_site_url + "/")
    switch_on(page)
    larger = option(page, "Font size", "175%")
    with page.expect_response(saves("size")) as saved:
        larger.click()
    assert saved.value.status == 204
