"""The contract every declared preference value keeps, checked for each one in the registry:
a new preference is covered here with no new test code."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Page

from a11y_kit.audit.server import serving
from a11y_kit.i18n import SUPPORTED_LOCALES, translator
from a11y_kit.page.assets import PrebuiltAssets, chosen_asset_kinds, static_dir
from a11y_kit.preferences import BY_NAME, REGISTRY, Choice, Preference
from a11y_kit.testing import preferences_cookie
from tests.support.sites.content_site import create_content_app

VALUES = [(preference, choice) for preference in REGISTRY for choice in preference.choices]
NON_DEFAULT = [
    (preference, choice) for preference, choice in VALUES if choice is not preference.choices[0]
]


def value_id(value: tuple[Preference, Choice]) -> str:
    preference, choice = value
    return f"{preference.name}={choice.value}"


every_value = pytest.mark.parametrize("declared", VALUES, ids=value_id)
every_other_value = pytest.mark.parametrize("declared", NON_DEFAULT, ids=value_id)
#: What a visitor sees of the page: every computed CSS property (custom properties left out:
#: they are not seen) of every element outside the toolbar and the switch (whose pressed
#: buttons differ by design), so that a preference changing anything is seen without new
#: test code.
LOOK = """() => [document.documentElement, document.body, ...document.body.querySelectorAll("*")]
    .filter((element) => !element.closest(".a11y-toolbar, .a11y-switch"))
    .map((element) => {
        const style = getComputedStyle(element);
        const values = Array.from(style)
            .filter((name) => !name.startsWith("--"))
            .map((name) => `${name}:${style.getPropertyValue(name)}`);
        return `${element.tagName} ${values.join(";")}`;
    })"""


def cookie_for(preference: Preference, choice: Choice) -> str:
    return preferences_cookie(MODEL, **{preference.name: choice.value})


APP = create_content_app()
MODEL = APP.extensions["a11y_kit"].model


@every_value
def test_value_round_trips_through_the_cookie(declared: tuple[Preference, Choice]) -> None:
    preference, choice = declared
    parsed = MODEL.parse_cookie(cookie_for(preference, choice))
    assert getattr(parsed, preference.name) == choice.value


@every_value
def test_value_is_accepted_by_the_endpoint(declared: tuple[Preference, Choice]) -> None:
    preference, choice = declared
    client = APP.test_client()
    response = client.post("/a11y/preferences", data={"mode": "on", preference.name: choice.value})
    assert response.status_code == 303
    saved = MODEL.parse_cookie(client.get_cookie("a11y").value)
    assert getattr(saved, preference.name) == choice.value


@every_value
def test_value_renders_its_attribute_and_a_pressed_button(
    declared: tuple[Preference, Choice],
) -> None:
    preference, choice = declared
    client = APP.test_client()
    client.set_cookie("a11y", cookie_for(preference, choice))
    soup = BeautifulSoup(client.get("/").text, "html.parser")
    assert soup.html[preference.attribute] == choice.value
    pressed = soup.select(f'button[name="{preference.name}"][aria-pressed="true"]')
    assert [button["value"] for button in pressed] == [choice.value]


@cache
def shipped_css(name: str) -> str:
    """The CSS a visitor who chose a value of the preference ``name`` gets: the bundle every
    page of the mode loads, and the preference's own if it is loaded when chosen."""
    filenames = PrebuiltAssets.load().filenames
    kinds = ["css", *(k for k in chosen_asset_kinds(BY_NAME[name]) if k.endswith(".css"))]
    return "".join((static_dir() / filenames[kind]).read_text() for kind in kinds)


@every_other_value
def test_value_has_a_css_rule(declared: tuple[Preference, Choice]) -> None:
    preference, choice = declared
    selector = rf"\[{preference.attribute}=\"?{re.escape(choice.value)}\"?\]"
    assert re.search(selector, shipped_css(preference.name))


@every_value
@pytest.mark.parametrize("locale", [locale for locale in SUPPORTED_LOCALES if locale != "en"])
def test_labels_are_translated(declared: tuple[Preference, Choice], locale: str) -> None:
    preference, choice = declared
    translate = translator(locale)
    assert translate(preference.label) != preference.label
    if choice.translated:
        assert translate(choice.label) != choice.label


@pytest.fixture(scope="module")
def content_url() -> Iterator[str]:
    with serving(create_content_app()) as url:
        yield url


def look_with(page: Page, url: str, cookie: str) -> list[str]:
    page.context.add_cookies([{"name": "a11y", "value": cookie, "url": url}])
    page.goto(url + "/")
    return page.evaluate(LOOK)


@every_other_value
def test_value_changes_what_the_visitor_sees(
    page: Page, content_url: str, declared: tuple[Preference, Choice]
) -> None:
    preference, choice = declared
    default_look = look_with(page, content_url, preferences_cookie(MODEL))
    assert look_with(page, content_url, cookie_for(preference, choice)) != default_look


PREVIEWED = [(preference, choice) for preference, choice in VALUES if preference.previews]


@pytest.mark.parametrize("declared", PREVIEWED, ids=value_id)
def test_option_button_previews_its_value(
    page: Page, content_url: str, declared: tuple[Preference, Choice]
) -> None:
    preference, choice = declared
    page.context.add_cookies(
        [{"name": "a11y", "value": preferences_cookie(MODEL), "url": content_url}]
    )
    page.goto(content_url + "/")
    button = page.locator(
        f'.a11y-toolbar__option[name="{preference.name}"][value="{choice.value}"]'
    )
    shown = button.evaluate(
        "(element, names) => names.map((name) => getComputedStyle(element)"
        ".getPropertyValue(name).trim())",
        list(choice.properties),
    )
    assert shown == list(choice.properties.values())
