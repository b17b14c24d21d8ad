"""Per-app state and the per-request view of the visitor's preferences."""

from __future__ import annotations

import re
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass, field
from typing import Any

from flask import Request, current_app, request
from markupsafe import Markup

from .assets import AssetUrls
from .memo import BoundedMemo
from .preferences import PreferenceModel, Preferences
from .schemes import Scheme

EXTENSION_KEY = "a11y_kit"
#: Where a request keeps its parsed preferences (WSGI environ keys are namespaced by package).
_READ_KEY = "a11y_kit.preferences"
_WRITE_KEY = "a11y_kit.new_preferences"


@dataclass(frozen=True)
class KitState:
    """What one app's ``A11yKit`` knows; kept in ``app.extensions["a11y_kit"]``."""

    model: PreferenceModel
    cookie_name: str
    #: Finds the first ``name=value`` of our cookie in a raw ``Cookie`` header.
    cookie_pattern: re.Pattern[str]
    cookie_max_age: int
    cookie_path: str | None
    cookie_secure: bool | None
    assets: AssetUrls
    #: The app's Jinja globals, where Flask-WTF puts ``csrf_token``.
    jinja_globals: MutableMapping[str, Any]
    #: The app's extensions, where Flask-Babel registers itself.
    extensions: Mapping[str, Any]
    schemes: Mapping[str, Scheme]
    #: CSS for the site's own schemes and its content hash (empty when there are none).
    scheme_css: str
    scheme_css_version: str
    #: ``A11Y_LOCALE``: the toolbar's language when the host does not use Flask-Babel.
    locale: str | None
    fragments: BoundedMemo[Markup] = field(default_factory=BoundedMemo, compare=False)
    urls: BoundedMemo[str] = field(default_factory=BoundedMemo, compare=False)


def cookie_pattern(name: str) -> re.Pattern[str]:
    """A pattern whose first group is the value of cookie ``name`` (values never hold ``;``)."""
    return re.compile(rf"(?:^|;)\s*{re.escape(name)}=([^;]*)")


def kit_state() -> KitState:
    """The state of the ``A11yKit`` on the current app."""
    return current_app.extensions[EXTENSION_KEY]


def this_request() -> Request:
    """The request being handled, without the context-local proxy (for repeated use)."""
    return request._get_current_object()  # type: ignore[attr-defined]


def preferences_of(current: Request, state: KitState) -> Preferences:
    """The visitor's preferences for this request, parsed once from the cookie.

    Reading them marks the response as depending on the cookie (``Vary: Cookie``).
    """
    environ = current.environ
    cached = environ.get(_READ_KEY)
    if cached is None:
        found = state.cookie_pattern.search(environ.get("HTTP_COOKIE", ""))
        cached = environ[_READ_KEY] = state.model.parse_cookie(found and found.group(1))
    return cached


def current_preferences() -> Preferences:
    """The visitor's preferences for the current request."""
    return preferences_of(this_request(), kit_state())


def preferences_read(current: Request) -> Preferences | None:
    """The preferences this response was rendered from, if it read them."""
    return current.environ.get(_READ_KEY)


def record_new_preferences(preferences: Preferences) -> None:
    """Ask for ``preferences`` to be written to the cookie when the response goes out."""
    this_request().environ[_WRITE_KEY] = preferences


def new_preferences(current: Request) -> Preferences | None:
    """Preferences recorded for writing by this request, if any."""
    return current.environ.get(_WRITE_KEY)
