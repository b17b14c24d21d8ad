"""``POST /a11y/preferences``: records the choice and sends the visitor back."""

from __future__ import annotations

import io

import pytest
from flask.testing import FlaskClient

from a11y_kit.testing import preferences_cookie

FORM_TYPE = "application/x-www-form-urlencoded"
ENDPOINT = "/a11y/preferences"


def cookie_value(client: FlaskClient) -> str | None:
    cookie = client.get_cookie("a11y")
    return cookie.value if cookie else None


def test_form_post_redirects_303_to_next(client: FlaskClient) -> None:
    response = client.post(ENDPOINT, data={"mode": "on", "next": "/news/"})
    assert response.status_code == 303
    assert response.location == "/news/#a11y-toolbar"


def test_form_post_sets_the_cookie(client: FlaskClient) -> None:
    client.post(ENDPOINT, data={"mode": "on", "scheme": "blue", "size": "200"})
    assert cookie_value(client) == preferences_cookie(size="200", scheme="blue")


def test_changes_keep_earlier_choices(client: FlaskClient) -> None:
    client.post(ENDPOINT, data={"mode": "on", "font": "serif"})
    client.post(ENDPOINT, data={"spacing": "wider"})
    assert cookie_value(client) == preferences_cookie(font="serif", spacing="wider")


def test_reset_restores_defaults_and_keeps_the_mode_on(client: FlaskClient) -> None:
    client.post(ENDPOINT, data={"mode": "on", "font": "serif", "scheme": "black"})
    client.post(ENDPOINT, data={"reset": "1"})
    assert cookie_value(client) == preferences_cookie()


def test_json_request_gets_204(client: FlaskClient) -> None:
    response = client.post(ENDPOINT, data={"size": "150"}, headers={"Accept": "application/json"})
    assert response.status_code == 204
    assert cookie_value(client) == preferences_cookie(mode="off", size="150")


def test_endpoint_is_never_cached(client: FlaskClient) -> None:
    assert client.post(ENDPOINT, data={"mode": "on"}).cache_control.no_store


@pytest.mark.parametrize(
    "hostile",
    [
        "//evil.example/",
        "/\\evil.example/",
        "https://evil.example/",
        "javascript:alert(1)",
        "/\r\nLocation: https://evil.example/",
    ],
)
def test_hostile_next_redirects_to_the_site_root(client: FlaskClient, hostile: str) -> None:
    response = client.post(ENDPOINT, data={"mode": "on", "next": hostile})
    assert response.status_code == 303
    assert response.location.partition("#")[0] == "/"


def test_unknown_value_is_a_400_and_sets_nothing(client: FlaskClient) -> None:
    response = client.post(ENDPOINT, data={"size": "16px;background:url(//evil)"})
    assert response.status_code == 400
    assert b"//evil" not in response.data
    assert cookie_value(client) is None


def test_get_is_not_allowed(client: FlaskClient) -> None:
    assert client.get(ENDPOINT + "?mode=on").status_code == 405
    assert cookie_value(client) is None


def test_oversized_form_is_a_413(client: FlaskClient) -> None:
    response = client.post(ENDPOINT, data={"mode": "on", "next": "/" + "a" * 20_000})
    assert response.status_code == 413


@pytest.mark.parametrize(("filler", "status"), [(100, 303), (20_000, 413)])
def test_chunked_form_is_held_to_the_same_limit(
    client: FlaskClient, filler: int, status: int
) -> None:
    response = client.post(
        ENDPOINT,
        input_stream=io.BytesIO(b"mode=on&filler=" + b"x" * filler),
        headers={"Transfer-Encoding": "chunked", "Content-Type": FORM_TYPE},
        environ_overrides={"wsgi.input_terminated": True},
    )
    assert response.status_code == status
    assert (cookie_value(client) is None) is (status == 413)


@pytest.mark.parametrize(
    "headers",
    [
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},
        {"Origin": "https://evil.example"},
        {"Origin": "null"},
        {"Referer": "https://evil.example/page"},
    ],
)
def test_cross_site_post_is_refused(client: FlaskClient, headers: dict[str, str]) -> None:
    response = client.post(ENDPOINT, data={"mode": "on"}, headers=headers)
    assert response.status_code == 403
    assert cookie_value(client) is None


@pytest.mark.parametrize(
    "headers",
    [
        {"Sec-Fetch-Site": "same-origin"},
        {"Origin": "http://localhost"},
        {"Referer": "http://localhost/news/"},
        {},
    ],
)
def test_same_origin_post_is_accepted(client: FlaskClient, headers: dict[str, str]) -> None:
    assert client.post(ENDPOINT, data={"mode": "on"}, headers=headers).status_code == 303
