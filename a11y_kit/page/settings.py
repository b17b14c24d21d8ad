"""The app's settings, as ``A11yKit`` validated them, kept in ``app.extensions["a11y_kit"]``."""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any

from flask import current_app

from ..i18n import Languages
from ..preferences import PreferenceModel, Preferences
from ..preferences.schemes import Scheme
from ..visitor.accounts import AccountStore
from ..visitor.cookie_header import CookieFinder
from ..visitor.state import cookie_header, read_preferences, request_state
from .assets import AssetUrls

EXTENSION_KEY = "a11y_kit"


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
    #: The toolbar's languages and words (``A11Y_LOCALE``, ``A11Y_MESSAGES``).
    languages: Languages
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


def kit_state() -> KitState:
    """The state of the ``A11yKit`` on the current app."""
    state: KitState = current_app.extensions[EXTENSION_KEY]
    return state


def current_preferences() -> Preferences:
    """The visitor's preferences for the current request."""
    return read_preferences(request_state(), kit_state(), cookie_header())
