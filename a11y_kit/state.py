"""Per-app state, and what one request has learnt, kept on ``g`` under one private name.

Request-bound objects are read through ``_get_current_object()``: one context lookup, where
each attribute read through Flask's proxies costs several. ``g``'s names are read from its
``__dict__``: a missing name then costs no exception.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass, field
from typing import Any

from flask import Request, current_app, g, request

from .accounts import AccountStore
from .assets import AssetUrls
from .cookie_header import CookieFinder
from .preferences import PreferenceModel, Preferences
from .schemes import Scheme

EXTENSION_KEY = "a11y_kit"
#: The attribute of ``g`` holding the current request's ``RequestState``.
_REQUEST_KEY = "_a11y_kit"


@dataclass(frozen=True)
class KitState:
    """What one app's ``A11yKit`` knows; kept in ``app.extensions["a11y_kit"]``."""

    model: PreferenceModel
    cookie_name: str
    cookie_finder: CookieFinder
    cookie_max_age: int
    cookie_path: str | None
    #: ``A11Y_COOKIE_DOMAIN``: the parent domain the choice is shared under (``None``: this host).
    cookie_domain: str | None
    cookie_secure: bool | None
    assets: AssetUrls
    #: The app's Jinja globals, where Flask-WTF puts ``csrf_token``.
    jinja_globals: MutableMapping[str, Any]
    #: The app's extensions, where Flask-Babel registers itself.
    extensions: Mapping[str, Any]
    #: The form field (and ``g`` attribute) Flask-WTF uses for its token.
    csrf_field_name: str
    schemes: Mapping[str, Scheme]
    #: CSS for the site's own schemes and icon fonts, and its content hash (empty: none).
    site_css: str
    site_css_version: str
    #: ``A11Y_LOCALE`` as a supported language: the toolbar's when the host has no Flask-Babel.
    locale: str | None
    #: ``A11Y_SKIP_TARGET``: the id "Skip to content" leads to (``None``: the page's ``<main>``).
    skip_target: str | None
    #: ``A11Y_INJECT``: write the parts a template did not into every HTML page.
    inject: bool
    #: Where signed-in visitors' preferences are kept, when the host has a store.
    accounts: AccountStore | None = None

    @property
    def has_csrf(self) -> bool:
        """Whether the host uses Flask-WTF (its ``csrf_token`` is a template global)."""
        return callable(self.jinja_globals.get("csrf_token"))


@dataclass(slots=True)
class RequestState:
    """What a11y_kit learnt while handling one request."""

    #: The visitor's preferences, once something read them (``None``: never read).
    preferences: Preferences | None = None
    #: A proxy could read the ``Cookie`` header as another value than we did.
    cookie_ambiguous: bool = False
    #: The preferences came from the signed-in visitor's account (this device had no cookie).
    from_account: bool = False
    #: With ``A11Y_INJECT``, the parts a template wrote itself (``html_attrs``, ``head``…).
    written: set[str] = field(default_factory=set)
    #: What this request's page shows (a ``PageView``), once a template asked for a part.
    page: Any = None


def kit_state() -> KitState:
    """The state of the ``A11yKit`` on the current app."""
    return current_app.extensions[EXTENSION_KEY]


#: The current request itself, not Flask's proxy for it.
current_request: Callable[[], Request] = request._get_current_object  # type: ignore[attr-defined]
#: The current ``g`` itself, not Flask's proxy for it.
request_globals: Callable[[], Any] = g._get_current_object  # type: ignore[attr-defined]


def request_state() -> RequestState:
    """The current request's ``RequestState``, made on first use."""
    names = request_globals().__dict__
    found = names.get(_REQUEST_KEY)
    if found is None:
        found = names[_REQUEST_KEY] = RequestState()
    return found


def existing_request_state() -> RequestState | None:
    """The current request's ``RequestState`` if anything made one."""
    return request_globals().__dict__.get(_REQUEST_KEY)


def read_preferences(current: RequestState, state: KitState, cookie_header: str) -> Preferences:
    """The visitor's preferences, parsed once per request from the raw ``Cookie`` header.

    Reading them makes the response depend on the cookie (``Vary: Cookie``).
    """
    if current.preferences is None:
        reading = state.cookie_finder.read(cookie_header)
        current.cookie_ambiguous = reading.ambiguous
        value = reading.value
        if value is None and state.accounts is not None and state.accounts.signed_in():
            value = state.accounts.load()  # a device without a choice: the account's, if kept
            current.from_account = value is not None
        current.preferences = state.model.parse_cookie(value)
    return current.preferences


def current_preferences() -> Preferences:
    """The visitor's preferences for the current request."""
    return read_preferences(request_state(), kit_state(), cookie_header())


def cookie_header() -> str:
    """The current request's raw ``Cookie`` header (empty when there is none)."""
    return current_request().environ.get("HTTP_COOKIE", "")
