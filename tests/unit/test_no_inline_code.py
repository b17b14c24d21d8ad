"""The demo's pages carry no inline styles or scripts, so a strict CSP needs no exceptions."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from flask.testing import FlaskClient

from examples.news import create_app as create_demo_app

PAGES = ("/", "/news/", "/news/library-opening-hours")


@pytest.fixture
def client() -> FlaskClient:
    """The demo news site (with its strict CSP)."""
    return create_demo_app({"TESTING": True}).test_client()


@pytest.mark.parametrize("cookie", [None, "1-on-serif-200-wider-2-black-off"])
@pytest.mark.parametrize("path", PAGES)
def test_page_has_no_inline_style_or_script(
    client: FlaskClient, path: str, cookie: str | None
) -> None:
    if cookie:
        client.set_cookie("a11y", cookie)
    response = client.get(path)
    assert response.status_code == 200
    soup = BeautifulSoup(response.text, "html.parser")
    assert soup.select("[style]") == []
    assert soup.select("style") == []
    assert [script for script in soup.select("script") if not script.get("src")] == []
    assert not [tag for tag in soup.find_all(True) if any(a.startswith("on") for a in tag.attrs)]
