"""Contrast as code: every scheme reaches 7:1; a site's own scheme under 7:1 is refused."""

from __future__ import annotations

import pytest
from flask import render_template_string

from a11y_kit.page.settings import current_preferences
from a11y_kit.preferences.contrast import hex_contrast, parse_hex
from a11y_kit.preferences.schemes import BUILT_IN_SCHEMES, MIN_TEXT_CONTRAST, configured_schemes
from tests.support.sites.bare_site import create_bare_app

#: Focus outlines and toolbar borders are drawn in the scheme's foreground on its background.
NON_TEXT_MINIMUM = 3.0
GREY = {"name": "grey", "label": "on grey", "foreground": "#111111", "background": "#d0d0d0"}


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [("#000", "#fff", 21.0), ("#fff", "#fff", 1.0), ("#767676", "#ffffff", 4.54)],
)
def test_contrast_matches_wcag(first: str, second: str, expected: float) -> None:
    assert hex_contrast(first, second) == pytest.approx(expected, abs=0.01)


def test_short_and_long_hex_are_the_same_colour() -> None:
    assert parse_hex("#abc") == parse_hex("#AABBCC") == (170, 187, 204)


@pytest.mark.parametrize("bad", ["red", "#12", "#1234567", "rgb(0,0,0)", ""])
def test_malformed_colour_is_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="not a #rgb"):
        parse_hex(bad)


@pytest.mark.parametrize("scheme", BUILT_IN_SCHEMES.values(), ids=lambda s: s.name)
def test_built_in_scheme_text_and_links_reach_7_to_1(scheme) -> None:
    assert scheme.contrast >= MIN_TEXT_CONTRAST


@pytest.mark.parametrize("scheme", BUILT_IN_SCHEMES.values(), ids=lambda s: s.name)
def test_built_in_scheme_focus_and_borders_reach_3_to_1(scheme) -> None:
    assert hex_contrast(scheme.foreground, scheme.background) >= NON_TEXT_MINIMUM


def test_custom_scheme_under_7_to_1_stops_init_app_naming_the_pair() -> None:
    weak = {"name": "pale", "foreground": "#777777", "background": "#ffffff"}
    with pytest.raises(ValueError, match=r"'pale' has #777777 on #ffffff at 4\.48:1"):
        create_bare_app(A11Y_SCHEMES=["white", weak])


def test_unknown_built_in_scheme_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown scheme 'green'"):
        configured_schemes(["green"])


def test_scheme_name_must_be_a_plain_token() -> None:
    with pytest.raises(ValueError, match="scheme name"):
        configured_schemes([{**GREY, "name": "x;}body{"}])


def test_site_can_narrow_the_schemes() -> None:
    app = create_bare_app(A11Y_SCHEMES=["white", "black"])
    with app.test_request_context("/", headers={"Cookie": "a11y=1-on-sans-100-normal-normal-blue"}):
        preferences = current_preferences()
    assert (preferences.mode, preferences.scheme) == ("on", "white")


def test_custom_scheme_gets_its_own_stylesheet() -> None:
    app = create_bare_app(A11Y_SCHEMES=["white", GREY])
    client = app.test_client()
    with app.test_request_context("/"):
        head = render_template_string("{{ a11y.head() }}")
    assert "/a11y/site.css?v=" in head
    css = client.get("/a11y/site.css").text
    assert (
        '[data-a11y-scheme="grey"],.a11y-toolbar__option--scheme-grey{--a11y-fg:#111111;--a11y-bg:#d0d0d0;'
        in css
    )


def test_without_custom_schemes_there_is_no_extra_stylesheet() -> None:
    app = create_bare_app()
    assert app.test_client().get("/a11y/site.css").status_code == 404


def test_a_scheme_listed_twice_is_refused() -> None:
    with pytest.raises(ValueError, match=r"repeated: \['white'\]"):
        create_bare_app(A11Y_SCHEMES=["white", "black", "white"])


def test_a_custom_scheme_named_like_a_built_in_one_is_refused() -> None:
    own_black = {"name": "black", "label": "Night", "foreground": "#fff", "background": "#000"}
    with pytest.raises(ValueError, match="'black' is a built-in scheme"):
        create_bare_app(A11Y_SCHEMES=["white", own_black])
