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
from a11y_kit.preferences import REGISTRY
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


#: ``Accept-Language`` as real browsers send it (their language settings as listed), and the
#: toolbar's language RFC 4647 lookup picks: the highest weight, then the first listed.
BROWSER_HEADERS = {
    "Chrome, Russian then English": ("ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7", "ru"),
    "Chrome, Russian region only, English second": ("ru-RU,en;q=0.8", "ru"),
    "Firefox, British English then Russian": ("en-GB,en;q=0.7,ru;q=0.3", "en"),
    "Chrome, British English then Russian": ("en-GB,ru;q=0.8", "en"),
    "Chrome, Belarusian then Russian": ("be-BY,ru;q=0.8", "be"),
    "Chrome, Belarusian then Russian, no region": ("be,ru;q=0.9,en;q=0.8", "be"),
    "Safari, Russian": ("ru", "ru"),
    "Firefox, German then Russian": ("de-DE,de;q=0.8,ru;q=0.5,en;q=0.3", "ru"),
    "Edge, Ukrainian then Russian then English": ("uk,ru;q=0.9,en;q=0.8", "uk"),
    "Chrome, Ukrainian region": ("uk-UA,uk;q=0.9,en-US;q=0.8,en;q=0.7", "uk"),
    "Firefox, Kazakh then Russian": ("kk-KZ,kk;q=0.8,ru;q=0.6", "ru"),
    "weights out of order": ("en;q=0.2,be;q=0.9,ru;q=0.5", "be"),
    "equal weights: the first listed": ("ru;q=0.5,be;q=0.5", "ru"),
    "a refused language": ("ru;q=0,en-US;q=0.4", "en"),
    "a malformed weight counts as refused": ("ru;q=2,be;q=0.4", "be"),
    "only a wildcard": ("*", "en"),
}


@pytest.mark.parametrize(
    ("header", "language"), BROWSER_HEADERS.values(), ids=list(BROWSER_HEADERS)
)
def test_accept_language_picks_the_highest_weighted_supported_language(
    header: str, language: str
) -> None:
    soup = toolbar(create_bare_app(), {"Accept-Language": header})
    assert soup.select_one("section.a11y-toolbar")["lang"] == language


@pytest.mark.parametrize("value", ["de", "en_XX_broken!", "", 7])
def test_an_unsupported_a11y_locale_is_refused_at_startup(value: object) -> None:
    with pytest.raises(ValueError, match="A11Y_LOCALE"):
        create_bare_app(A11Y_LOCALE=value)


def test_a11y_locale_takes_a_region() -> None:
    soup = toolbar(create_bare_app(A11Y_LOCALE="ru_RU"), {"Accept-Language": "en"})
    assert soup.select_one("section.a11y-toolbar")["lang"] == "ru"


def test_ukrainian_is_shipped() -> None:
    soup = toolbar(create_bare_app(), {"Accept-Language": "uk-UA,uk;q=0.9"})
    assert labels(soup) == ("Налаштування доступності", "Шрифт", "Звичайна версія")


#: A language the package does not ship, as a host adds it: every text of the toolbar.
def _kazakh_stand_in() -> dict[str, str]:
    return {text: f"kk: {text}" for text in all_messages(BUILT_IN_SCHEMES, REGISTRY)}


def test_a_host_adds_a_language_in_config() -> None:
    app = create_bare_app(A11Y_MESSAGES={"kk": _kazakh_stand_in()})
    soup = toolbar(app, {"Accept-Language": "kk-KZ,kk;q=0.8,ru;q=0.6"})
    assert soup.select_one("section.a11y-toolbar")["lang"] == "kk"
    assert labels(soup) == ("kk: Accessibility settings", "kk: Font", "kk: Normal version")


def test_a_host_rewords_the_toolbar_in_config() -> None:
    reworded = {"ru": {"Normal version": "Основная версия сайта"}}
    soup = toolbar(create_bare_app(A11Y_MESSAGES=reworded), {"Accept-Language": "ru"})
    assert labels(soup) == ("Настройки для слабовидящих", "Шрифт", "Основная версия сайта")


BAD_MESSAGES = {
    "a new language missing texts": {"kk": {"Settings": "Баптаулар"}},
    "a text the toolbar never shows": {"en": {"Setings": "Options"}},
    "not a locale": {"k!": _kazakh_stand_in()},
    "not a mapping": ["kk"],
}


@pytest.mark.parametrize("messages", BAD_MESSAGES.values(), ids=list(BAD_MESSAGES))
def test_bad_a11y_messages_are_refused_at_startup(messages: object) -> None:
    with pytest.raises((ValueError, TypeError), match="A11Y_MESSAGES"):
        create_bare_app(A11Y_MESSAGES=messages)


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
    untranslated = {m for m in all_messages(BUILT_IN_SCHEMES, REGISTRY) if catalog.gettext(m) == m}
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
