"""The contract every declared preference value keeps, checked for each one in the registry
and for a preference a site declares of its own (``A11Y_PREFERENCES``): a new preference is
covered here with no new test code."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

import pytest
from bs4 import BeautifulSoup
from flask import Flask
from playwright.sync_api import Page

from a11y_kit.audit.server import serving
from a11y_kit.i18n import SUPPORTED_LOCALES
from a11y_kit.preferences import REGISTRY, Choice, Preference
from a11y_kit.testing import preferences_cookie
from tests.support.sites.content_site import create_content_app
from tests.support.sites.own_preference import create_own_preference_app

#: The sites the values are declared on: the built-in registry, and a site's own preference.
SITES: dict[str, Flask] = {
    "built-in": create_content_app(),
    "own": create_own_preference_app(),
}


class Declared(NamedTuple):
    """One declared value, on the site that declares it."""

    site: str
    preference: Preference
    choice: Choice

    @property
    def app(self) -> Flask:
        return SITES[self.site]

    @property
    def cookie(self) -> str:
        model = self.app.extensions["a11y_kit"].model
        return preferences_cookie(model, **{self.preference.name: self.choice.value})


def declared_on(site: str) -> list[Declared]:
    """The values ``site`` declares: the registry's on the built-in site, its own elsewhere."""
    registry = SITES[site].extensions["a11y_kit"].model.registry
    own = registry if site == "built-in" else registry[len(REGISTRY) :]
    return [Declared(site, p, choice) for p in own for choice in p.choices]


VALUES = [declared for site in SITES for declared in declared_on(site)]
NON_DEFAULT = [d for d in VALUES if d.choice is not d.preference.choices[0]]


def value_id(declared: Declared) -> str:
    return f"{declared.site}-{declared.preference.name}={declared.choice.value}"


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


@every_value
def test_value_round_trips_through_the_cookie(declared: Declared) -> None:
    parsed = declared.app.extensions["a11y_kit"].model.parse_cookie(declared.cookie)
    assert getattr(parsed, declared.preference.name) == declared.choice.value


@every_value
def test_value_is_accepted_by_the_endpoint(declared: Declared) -> None:
    name, value = declared.preference.name, declared.choice.value
    client = declared.app.test_client()
    response = client.post("/a11y/preferences", data={"mode": "on", name: value})
    assert response.status_code == 303
    saved = declared.app.extensions["a11y_kit"].model.parse_cookie(client.get_cookie("a11y").value)
    assert getattr(saved, name) == value


def page_with(declared: Declared, locale: str = "en") -> BeautifulSoup:
    client = declared.app.test_client()
    client.set_cookie("a11y", declared.cookie)
    page = client.get("/", headers={"Accept-Language": locale}).text
    return BeautifulSoup(page, "html.parser")


@every_value
def test_value_renders_its_attribute_and_a_pressed_button(declared: Declared) -> None:
    preference, choice = declared.preference, declared.choice
    soup = page_with(declared)
    assert soup.html[preference.attribute] == choice.value
    pressed = soup.select(f'button[name="{preference.name}"][aria-pressed="true"]')
    assert [button["value"] for button in pressed] == [choice.value]


def stylesheets_with(declared: Declared) -> str:
    """Every stylesheet the page links for a visitor who chose the value."""
    client = declared.app.test_client()
    links = page_with(declared).select('link[rel="stylesheet"]')
    stylesheets = []
    for link in links:
        with client.get(link["href"]) as response:
            stylesheets.append(response.text)
    return "".join(stylesheets)


@every_other_value
def test_value_has_a_css_rule(declared: Declared) -> None:
    attribute, value = declared.preference.attribute, declared.choice.value
    assert re.search(rf"\[{attribute}=\"?{re.escape(value)}\"?\]", stylesheets_with(declared))


@every_value
@pytest.mark.parametrize("locale", [locale for locale in SUPPORTED_LOCALES if locale != "en"])
def test_labels_are_translated(declared: Declared, locale: str) -> None:
    preference, choice = declared.preference, declared.choice
    group = page_with(declared, locale).find("button", attrs={"name": preference.name}).parent
    assert group.legend.get_text(strip=True) != preference.label
    shown = group.find("button", attrs={"value": choice.value}).get_text(strip=True)
    assert shown != choice.label or not choice.translated


@pytest.fixture(scope="module")
def site_urls() -> Iterator[dict[str, str]]:
    with serving(SITES["built-in"]) as built_in, serving(SITES["own"]) as own:
        yield {"built-in": built_in, "own": own}


def look_with(page: Page, url: str, cookie: str) -> list[str]:
    page.context.add_cookies([{"name": "a11y", "value": cookie, "url": url}])
    page.goto(url + "/")
    return page.evaluate(LOOK)


@every_other_value
def test_value_changes_what_the_visitor_sees(
    page: Page, site_urls: dict[str, str], declared: Declared
) -> None:
    url = site_urls[declared.site]
    model = declared.app.extensions["a11y_kit"].model
    default_look = look_with(page, url, preferences_cookie(model))
    assert look_with(page, url, declared.cookie) != default_look


PREVIEWED = [declared for declared in VALUES if declared.preference.previews]


@pytest.mark.parametrize("declared", PREVIEWED, ids=value_id)
def test_option_button_previews_its_value(
    page: Page, site_urls: dict[str, str], declared: Declared
) -> None:
    preference, choice = declared.preference, declared.choice
    url = site_urls[declared.site]
    model = declared.app.extensions["a11y_kit"].model
    page.context.add_cookies([{"name": "a11y", "value": preferences_cookie(model), "url": url}])
    page.goto(url + "/")
    button = page.locator(
        f'.a11y-toolbar__option[name="{preference.name}"][value="{choice.value}"]'
    )
    shown = button.evaluate(
        "(element, names) => names.map((name) => getComputedStyle(element)"
        ".getPropertyValue(name).trim())",
        list(choice.properties),
    )
    assert shown == list(choice.properties.values())
