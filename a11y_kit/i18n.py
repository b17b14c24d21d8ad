"""The toolbar's language: English, Russian or Belarusian, chosen the way the host chooses."""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from werkzeug.datastructures import LanguageAccept
from werkzeug.http import parse_accept_header

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


@lru_cache(maxsize=1024)
def _best_locale(header: str) -> str:
    accepted = parse_accept_header(header, LanguageAccept)
    return accepted.best_match(SUPPORTED_LOCALES) or DEFAULT_LOCALE
