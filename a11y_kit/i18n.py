"""The toolbar's language: English, Russian or Belarusian, chosen the way the host chooses."""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

#: A catalog's ``gettext``: English text in, the visitor's language out.
Translate = Callable[[str], str]

SUPPORTED_LOCALES: tuple[str, ...] = ("en", "ru", "be")
DEFAULT_LOCALE = "en"
DOMAIN = "a11y_kit"
TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"

#: Only this much of ``Accept-Language`` is read (whole ranges): real browsers send far less,
#: and a huge header costs no more than a normal one.
MAX_ACCEPT_LANGUAGE = 256


@lru_cache(maxsize=len(SUPPORTED_LOCALES))
def translator(locale: str) -> Translate:
    """``gettext`` for one of the supported locales (English needs no catalog)."""
    if locale == DEFAULT_LOCALE:
        return str
    return gettext.translation(DOMAIN, TRANSLATIONS_DIR, languages=[locale]).gettext


def supported(locale: object) -> str | None:
    """``"ru_RU"`` → ``"ru"``: the supported language of a locale, if any."""
    language = str(locale or "").replace("-", "_").split("_")[0].lower()
    return language if language in SUPPORTED_LOCALES else None


#: The first range of ``Accept-Language`` naming a supported language, whatever its weight:
#: what the nginx recipe's ``map`` reads (docs/recipes/nginx-page-cache.conf), so that a cache
#: keyed on it can be told when the page's language came out otherwise.
_FIRST_LISTED = re.compile(r"^(?:[^,]*,)*?[ \t]*(en|ru|be)(?![a-z0-9])", re.IGNORECASE)


def first_listed_locale(header: str) -> str:
    """The first supported language ``header`` lists (the default if none)."""
    found = _FIRST_LISTED.search(header)
    return found.group(1).lower() if found else DEFAULT_LOCALE


def _babel_locale() -> str | None:
    from flask_babel import get_locale  # the host uses Flask-Babel: follow its choice

    return supported(get_locale())


def resolve_locale(
    extensions: Mapping[str, Any], environ: Mapping[str, Any], configured: str | None
) -> str:
    """Flask-Babel's locale when the host uses it, else ``configured`` (a supported language
    from ``A11Y_LOCALE``), else the request's ``Accept-Language``."""
    chosen = ("babel" in extensions and _babel_locale()) or configured
    if chosen:
        return chosen
    header = environ.get("HTTP_ACCEPT_LANGUAGE", "")
    if not header:
        return DEFAULT_LOCALE
    if len(header) > MAX_ACCEPT_LANGUAGE:
        header = header[:MAX_ACCEPT_LANGUAGE].rpartition(",")[0]
    return _best_locale(header)


#: A locale as hosts write it: ``ru``, ``ru_RU``, ``be-BY``.
_LOCALE_NAME = re.compile(r"[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})*")


def configured_locale(value: object) -> str | None:
    """``A11Y_LOCALE`` as a supported language (``None``: not set); any other value is
    refused when the app starts, not ignored on every request."""
    if value is None:
        return None
    language = supported(value) if _LOCALE_NAME.fullmatch(str(value)) else None
    if language is None:
        raise ValueError(
            f"A11Y_LOCALE = {value!r}: the toolbar speaks {', '.join(SUPPORTED_LOCALES)}"
            " (or set None to follow Flask-Babel or the visitor's Accept-Language)"
        )
    return language


#: A quality value as RFC 9110 writes it: 0 to 1, at most three decimals.
_QUALITY = re.compile(r"(?:0(?:\.[0-9]{0,3})?|1(?:\.0{0,3})?)")


@lru_cache(maxsize=1024)
def _best_locale(header: str) -> str:
    """RFC 4647 lookup over the supported languages: the one of the highest weight wins,
    then the one listed first; a range counts for its primary language (``ru-RU`` is ``ru``)
    and a range with a malformed weight or ``q=0`` for none."""
    ranked = []
    for order, item in enumerate(header.split(",")):
        language_range, *parameters = item.split(";")
        language = supported(language_range.strip())
        weight = 1.0
        for parameter in parameters:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                value = value.strip()
                weight = float(value) if _QUALITY.fullmatch(value) else 0.0
        if language and weight > 0:
            ranked.append((-weight, order, language))
    return min(ranked)[2] if ranked else DEFAULT_LOCALE
