"""The toolbar's language: English, Russian, Belarusian or Ukrainian (or one the host adds),
chosen the way the host chooses."""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

#: A catalog's ``gettext``: English text in, the visitor's language out.
Translate = Callable[[str], str]

SUPPORTED_LOCALES: tuple[str, ...] = ("en", "ru", "be", "uk")
DEFAULT_LOCALE = "en"
DOMAIN = "a11y_kit"
TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"

#: Only this much of ``Accept-Language`` is read (whole ranges): real browsers send far less,
#: and a huge header costs no more than a normal one.
MAX_ACCEPT_LANGUAGE = 256


@lru_cache(maxsize=len(SUPPORTED_LOCALES))
def translator(locale: str) -> Translate:
    """``gettext`` for one of the package's locales (English needs no catalog; any other
    language falls back to English, message by message)."""
    if locale not in SUPPORTED_LOCALES or locale == DEFAULT_LOCALE:
        return str
    return gettext.translation(DOMAIN, TRANSLATIONS_DIR, languages=[locale]).gettext


def primary_language(locale: object) -> str:
    """``"ru_RU"`` → ``"ru"``: a locale's primary language subtag, in lower case."""
    return str(locale or "").replace("-", "_").split("_")[0].lower()


def supported(locale: object, languages: tuple[str, ...] = SUPPORTED_LOCALES) -> str | None:
    """``"ru_RU"`` → ``"ru"``: the language of a locale among ``languages``, if any."""
    language = primary_language(locale)
    return language if language in languages else None


#: The first range of ``Accept-Language`` naming a supported language, whatever its weight:
#: what the nginx recipe's ``map`` reads (docs/recipes/nginx-page-cache.conf), so that a cache
#: keyed on it can be told when the page's language came out otherwise.
_FIRST_LISTED = re.compile(r"^(?:[^,]*,)*?[ \t]*(en|ru|be|uk)(?![a-z0-9])", re.IGNORECASE)


def first_listed_locale(header: str) -> str:
    """The first supported language ``header`` lists (the default if none)."""
    found = _FIRST_LISTED.search(header)
    return found.group(1).lower() if found else DEFAULT_LOCALE


def _babel_locale(languages: tuple[str, ...]) -> str | None:
    from flask_babel import get_locale  # the host uses Flask-Babel: follow its choice

    return supported(get_locale(), languages)


Messages = Mapping[str, Mapping[str, str]]


@dataclass(frozen=True)
class Languages:
    """The languages one app's toolbar speaks: the package's, and any the host adds or
    rewords with ``A11Y_MESSAGES`` (``{locale: {English text: its text}}``)."""

    names: tuple[str, ...] = SUPPORTED_LOCALES
    #: ``A11Y_LOCALE`` as one of ``names``: the toolbar's language when there is no Flask-Babel.
    configured: str | None = None
    messages: Messages = field(default_factory=dict)

    def resolve(self, extensions: Mapping[str, Any], environ: Mapping[str, Any]) -> str:
        """Flask-Babel's locale when the host uses it, else the configured language, else the
        request's ``Accept-Language``."""
        chosen = ("babel" in extensions and _babel_locale(self.names)) or self.configured
        return chosen or header_locale(environ.get("HTTP_ACCEPT_LANGUAGE", ""), self.names)

    def translate(self, locale: str) -> Translate:
        """The toolbar's words in ``locale``: the host's where it gave them, else the
        package's catalog."""
        own = self.messages.get(locale)
        catalog = translator(locale)
        if not own:
            return catalog
        return lambda text: own.get(text) or catalog(text)


def configured_languages(locale: object, messages: object, known: set[str]) -> Languages:
    """``A11Y_LOCALE`` and ``A11Y_MESSAGES`` checked against the texts the toolbar shows
    (``known``): refused at start-up when a locale is unknown, a text is not one of the
    toolbar's, or a language the package lacks is missing some of them."""
    if messages is None:
        messages = {}
    if not isinstance(messages, Mapping):
        raise TypeError(f"A11Y_MESSAGES = {messages!r}: a mapping of locale → {{text: text}}")
    own: dict[str, dict[str, str]] = {}
    for name, texts in messages.items():
        language = primary_language(name) if _LOCALE_NAME.fullmatch(str(name)) else ""
        if not language or not isinstance(texts, Mapping):
            raise ValueError(f"A11Y_MESSAGES[{name!r}]: a locale (such as 'kk') → {{text: text}}")
        unknown = sorted(set(texts) - known)
        if unknown:
            raise ValueError(f"A11Y_MESSAGES[{name!r}]: not the toolbar's texts: {unknown}")
        missing = sorted(known - set(texts)) if language not in SUPPORTED_LOCALES else []
        if missing:
            raise ValueError(f"A11Y_MESSAGES[{name!r}]: a new language needs every text: {missing}")
        own[language] = {str(text): str(value) for text, value in texts.items()}
    names = (*SUPPORTED_LOCALES, *(name for name in own if name not in SUPPORTED_LOCALES))
    return Languages(names, configured_locale(locale, names), own)


def header_locale(header: str, languages: tuple[str, ...]) -> str:
    """The language of ``languages`` an ``Accept-Language`` header asks for (the default if
    none); only its first ``MAX_ACCEPT_LANGUAGE`` bytes are read, in whole ranges."""
    if not header:
        return DEFAULT_LOCALE
    if len(header) > MAX_ACCEPT_LANGUAGE:
        header = header[:MAX_ACCEPT_LANGUAGE].rpartition(",")[0]
    return _best_locale(header, languages)


#: A locale as hosts write it: ``ru``, ``ru_RU``, ``be-BY``.
_LOCALE_NAME = re.compile(r"[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})*")


def configured_locale(value: object, languages: tuple[str, ...]) -> str | None:
    """``A11Y_LOCALE`` as one of ``languages`` (``None``: not set); any other value is
    refused when the app starts, not ignored on every request."""
    if value is None:
        return None
    language = supported(value, languages) if _LOCALE_NAME.fullmatch(str(value)) else None
    if language is None:
        raise ValueError(
            f"A11Y_LOCALE = {value!r}: the toolbar speaks {', '.join(languages)}"
            " (or set None to follow Flask-Babel or the visitor's Accept-Language)"
        )
    return language


#: A quality value as RFC 9110 writes it: 0 to 1, at most three decimals.
_QUALITY = re.compile(r"(?:0(?:\.[0-9]{0,3})?|1(?:\.0{0,3})?)")


@lru_cache(maxsize=1024)
def _best_locale(header: str, languages: tuple[str, ...]) -> str:
    """RFC 4647 lookup over ``languages``: the one of the highest weight wins, then the one
    listed first; a range counts for its primary language (``ru-RU`` is ``ru``) and a range
    with a malformed weight or ``q=0`` for none."""
    ranked = []
    for order, item in enumerate(header.split(",")):
        language_range, *parameters = item.split(";")
        language = supported(language_range.strip(), languages)
        weight = 1.0
        for parameter in parameters:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                value = value.strip()
                weight = float(value) if _QUALITY.fullmatch(value) else 0.0
        if language and weight > 0:
            ranked.append((-weight, order, language))
    return min(ranked)[2] if ranked else DEFAULT_LOCALE
