"""``next`` and ``Referer`` never send the visitor off the site, whatever they hold."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from flask.testing import FlaskClient

from tests.support.sites.bare_site import create_bare_app

ENDPOINT = "/a11y/preferences"

#: Payloads from Django's tests of ``url_has_allowed_host_and_scheme`` (CVE-2015-2317,
#: CVE-2017-7233, CVE-2018-14574 and neighbours), then encodings, controls and schemes.
HOSTILE = [
    "http://exampel.com",
    "http:///example.com",
    "https://example.com",
    "ftp://example.com",
    r"\\example.com",
    r"\\\example.com",
    r"/\\/example.com",
    r"\\//example.com",
    r"/\/example.com",
    r"\/example.com",
    r"/\example.com",
    r"http:/\//example.com",
    r"http:\/example.com",
    r"http:/\example.com",
    'javascript:alert("XSS")',
    "\njavascript:alert(x)",
    "\x08//example.com",
    r"http://otherserver\@example.com",
    r"http:\\testserver\@example.com",
    r"http://testserver\me:pass@example.com",
    r"http://testserver\@example.com",
    r"http:\\testserver\confirm\me@example.com",
    "http:999999999",
    "ftp:9999999999",
    "\n",
    "http://[2001:cdba:0000:0000:0000:0000:3257:9652/",
    "http://2001:cdba:0000:0000:0000:0000:3257:9652]/",
    "//example.com",
    "///example.com",
    "https:evil.example",
    "//user:pass@evil.example",
    "/\t/evil.example",
    "/\r\n/evil.example",
    "\x00//evil.example",
    "/\x00/evil.example",
    " //evil.example",
    "//евил.рф",
    "//xn--e1afmkfd.xn--p1ai",
    "data:text/html,<script>alert(1)</script>",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "%2F%2Fevil.example",
    "/" + "a" * 5000,
]


def post(client: FlaskClient, next_value: str, **headers: str):
    return client.post(ENDPOINT, data={"mode": "on", "next": next_value}, headers=headers)


def is_same_site_path(location: str) -> bool:
    parts = urlsplit(location)
    return (
        location.startswith("/")
        and not location.startswith(("//", "/\\"))
        and not parts.scheme
        and not parts.netloc
    )


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_next_redirects_within_the_site(client: FlaskClient, hostile: str) -> None:
    response = post(client, hostile)
    assert response.status_code == 303
    assert is_same_site_path(response.location), response.location
    assert response.location == "/#a11y-toolbar"


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_next_never_reaches_the_body(client: FlaskClient, hostile: str) -> None:
    body = post(client, hostile).get_data(as_text=True).lower()
    assert "javascript:" not in body and "data:" not in body and "evil" not in body


@pytest.mark.parametrize(
    "referer",
    ["https://evil.example/news/", "//evil.example/", "http://localhost.evil.example/", "garbage"],
)
def test_foreign_referer_falls_back_to_root(client: FlaskClient, referer: str) -> None:
    # The browser vouches for the request (Sec-Fetch-Site), so the Referer alone decides.
    headers = {"Referer": referer, "Sec-Fetch-Site": "same-origin"}
    response = client.post(ENDPOINT, data={"mode": "on"}, headers=headers)
    assert response.location == "/#a11y-toolbar"


def test_same_site_referer_is_used_without_next(client: FlaskClient) -> None:
    response = client.post(
        ENDPOINT, data={"mode": "on"}, headers={"Referer": "http://localhost/news/?page=2"}
    )
    assert response.location == "/news/?page=2#a11y-toolbar"


@pytest.mark.parametrize(
    ("path", "encoded"),
    [
        ("/новости/", "/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/"),
        ("/naïve café", "/na%C3%AFve%20caf%C3%A9"),
        ("/%2F/evil.example", "/%2F/evil.example"),
    ],
)
def test_non_ascii_path_round_trips_percent_encoded(
    client: FlaskClient, path: str, encoded: str
) -> None:
    assert post(client, path).location == encoded + "#a11y-toolbar"


@pytest.mark.parametrize(
    "next_path",
    [
        "/site/../other-app/account",
        "/site/%2e%2e/other-app/account",
        "/site/.%2E/other-app/account",
        "/site/%2E./other-app/account",
        "/site/a/../../other-app/account",
        "/site/..\\other-app/account",
        "/site/../..//evil.example/",
    ],
)
def test_dot_segments_never_leave_the_application_root(next_path: str) -> None:
    client = create_bare_app().test_client()
    response = client.post(
        "/a11y/preferences",
        data={"mode": "on", "next": next_path},
        base_url="http://localhost/site/",
    )
    assert response.status_code == 303
    assert response.location == "/site/#a11y-toolbar"


def test_dot_segments_inside_the_root_are_resolved() -> None:
    client = create_bare_app().test_client()
    response = client.post(
        "/a11y/preferences",
        data={"mode": "on", "next": "/site/news/../contacts"},
        base_url="http://localhost/site/",
    )
    assert response.location == "/site/contacts#a11y-toolbar"
