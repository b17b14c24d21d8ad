"""The toolbar speaks English, Russian or Belarusian, chosen as the host chooses."""

from __future__ import annotations

import gettext
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from bs4 import BeautifulSoup
from flask import Flask
from flask_babel import Babel

from a11y_kit.i18n import DOMAIN, SUPPORTED_LOCALES, TRANSLATIONS_DIR
from a11y_kit.page.labels import all_messages
from a11y_kit.preferences.schemes import BUILT_IN_SCHEMES
from tests.support.sites.bare_site import create_bare_app

TRANSLATED = [locale for locale in SUPPORTED_LOCALES if locale != "en"]


def toolbar(app: Flask, headers: dict[str, str]) -> BeautifulSoup:
    client = app.test_client()
    client.set_cookie("a11y", "1-on")
    response = client.get("/", headers=headers)
    return BeautifulSoup(response.text, "html.parser")


def labels(soup: BeautifulSoup) -> tuple[str, str, str]:
    """The region's name, the first group's legend and the switch's text."""
    region = soup.select_one("section.a11y-toolbar")
    return (
        region["aria-label"],
        region.legend.get_text(),
        soup.select_one(".a11y-switch").button.get_text(),
    )


def test_accept_language_picks_russian() -> None:
    soup = toolbar(create_bare_app(), {"Accept-Language": "ru-RU,ru;q=0.9,en;q=0.5"})
    assert labels(soup) == ("Настройки для слабовидящих", "Шрифт", "Обычная версия")


def test_toolbar_and_switch_carry_their_language() -> None:
    soup = toolbar(create_bare_app(), {"Accept-Language": "be"})
    assert soup.select_one("section.a11y-toolbar")["lang"] == "be"
    assert soup.select_one(".a11y-switch")["lang"] == "be"


def test_configured_locale_wins_over_accept_language() -> None:
    soup = toolbar(create_bare_app(A11Y_LOCALE="be"), {"Accept-Language": "ru"})
    assert labels(soup) == ("Налады для слабавідушчых", "Шрыфт", "Звычайная версія")


def test_unsupported_language_falls_back_to_english() -> None:
    soup = toolbar(create_bare_app(), {"Accept-Language": "de-DE,fr;q=0.8"})
    assert labels(soup) == ("Accessibility settings", "Font", "Normal version")


def test_flask_babel_locale_is_followed() -> None:
    app = create_bare_app(A11Y_LOCALE="en")
    Babel(app, locale_selector=lambda: "ru_RU")
    assert labels(toolbar(app, {}))[1] == "Шрифт"


@pytest.mark.parametrize("locale", TRANSLATED)
def test_catalog_translates_every_label(locale: str) -> None:
    catalog = gettext.translation(DOMAIN, TRANSLATIONS_DIR, languages=[locale])
    untranslated = {m for m in all_messages(BUILT_IN_SCHEMES) if catalog.gettext(m) == m}
    assert untranslated == set()


@pytest.mark.parametrize("locale", TRANSLATED)
def test_compiled_catalog_matches_its_source(locale: str) -> None:
    folder = Path(TRANSLATIONS_DIR) / locale / "LC_MESSAGES"
    with (folder / f"{DOMAIN}.po").open("rb") as source:
        expected = {m.id: m.string for m in read_po(source) if m.id}
    with (folder / f"{DOMAIN}.mo").open("rb") as mo_file:
        compiled = gettext.GNUTranslations(mo_file)
    assert {message: compiled.gettext(message) for message in expected} == expected


FILLER = "xx;q=0.1," * 1000


def test_huge_accept_language_is_read_by_its_first_ranges() -> None:
    soup = toolbar(create_bare_app(), {"Accept-Language": "ru;q=0.9," + FILLER})
    assert soup.html.section["lang"] == "ru"


def test_ranges_past_the_first_256_bytes_are_not_read() -> None:
    soup = toolbar(create_bare_app(), {"Accept-Language": FILLER + "be"})
    assert soup.html.section["lang"] == "en"
