"""Configuration keys take effect, two apps in one process keep their own settings, and the
reference and generated CSS match the code."""

from __future__ import annotations

from dataclasses import replace

import pytest
from bs4 import BeautifulSoup

from a11y_kit.extension import DEFAULT_CONFIG
from a11y_kit.page.assets import GENERATED_CSS, static_dir
from a11y_kit.preferences import REGISTRY
from a11y_kit.preferences.stylesheet import preference_css
from tests.support.installed_wheel import REPO
from tests.support.sites.bare_site import create_bare_app
from tests.support.sites.own_preference import HIGHLIGHT_LINKS


def test_url_prefix_moves_the_endpoint_and_the_assets() -> None:
    client = create_bare_app(A11Y_URL_PREFIX="/access").test_client()
    soup = BeautifulSoup(client.get("/").text, "html.parser")
    assert soup.select_one(".a11y-switch")["action"] == "/access/preferences"
    assert soup.select_one("link")["href"].startswith("/access/static/dist/a11y_kit.")
    assert client.post("/access/preferences", data={"mode": "on"}).status_code == 303


def test_cookie_name_and_lifetime_are_configurable() -> None:
    client = create_bare_app(A11Y_COOKIE_NAME="lowvision", A11Y_COOKIE_MAX_AGE=600).test_client()
    header = client.post("/a11y/preferences", data={"mode": "on"}).headers["Set-Cookie"]
    assert header.startswith("lowvision=2-mon-") and "Max-Age=600" in header
    assert 'data-a11y-mode="on"' in client.get("/").text


def test_two_apps_keep_their_own_settings() -> None:
    first = create_bare_app(A11Y_COOKIE_NAME="first").test_client()
    second = create_bare_app(A11Y_COOKIE_NAME="second", A11Y_SIZES=["100", "300"]).test_client()
    first.post("/a11y/preferences", data={"mode": "on", "size": "125"})
    assert second.post("/a11y/preferences", data={"size": "125"}).status_code == 400
    assert second.post("/a11y/preferences", data={"size": "300"}).status_code == 303
    assert first.get_cookie("first").value.startswith("2-mon-s125-")
    assert second.get_cookie("second").value.startswith("2-s300-")


def test_configuration_reference_names_every_key_and_preference() -> None:
    reference = (REPO / "docs" / "configuration.md").read_text()
    assert [key for key in DEFAULT_CONFIG if f"`{key}`" not in reference] == []
    assert [p.name for p in REGISTRY if f"| `{p.name}` |" not in reference] == []


def test_generated_css_matches_the_declarations() -> None:
    assert (static_dir() / GENERATED_CSS).read_text() == preference_css()


@pytest.mark.parametrize(
    "declared",
    [
        pytest.param("links", id="not-a-preference"),
        pytest.param(replace(HIGHLIGHT_LINKS, name="scheme"), id="name-taken"),
        pytest.param(replace(HIGHLIGHT_LINKS, key="c"), id="cookie-key-taken"),
        pytest.param(replace(HIGHLIGHT_LINKS, key="p"), id="panel-key-taken"),
        pytest.param(replace(HIGHLIGHT_LINKS, name="two words"), id="not-an-identifier"),
        pytest.param(replace(HIGHLIGHT_LINKS, script="links.js"), id="asks-for-a-script"),
    ],
)
def test_a_site_preference_that_cannot_be_kept_apart_is_refused(declared: object) -> None:
    with pytest.raises((TypeError, ValueError), match="A11Y_PREFERENCES"):
        create_bare_app(A11Y_PREFERENCES=[declared])


@pytest.mark.parametrize("name", ["a11y;x", "", "a11y kit", "a11y=1", None])
def test_a_cookie_name_no_browser_would_store_is_refused(name: object) -> None:
    with pytest.raises(ValueError, match="A11Y_COOKIE_NAME"):
        create_bare_app(A11Y_COOKIE_NAME=name)
