"""Per-app state and the per-request view of the visitor's preferences."""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app, g, request

from .assets import AssetUrls
from .preferences import PreferenceModel, Preferences

EXTENSION_KEY = "a11y_kit"


@dataclass(frozen=True)
class KitState:
    """What one app's ``A11yKit`` knows; kept in ``app.extensions["a11y_kit"]``."""

    model: PreferenceModel
    cookie_name: str
    cookie_max_age: int
    cookie_path: str | None
    cookie_secure: bool | None
    assets: AssetUrls


def kit_state() -> KitState:
    """The state of the ``A11yKit`` on the current app."""
    return current_app.extensions[EXTENSION_KEY]


def current_preferences() -> Preferences:
    """The visitor's preferences for this request, parsed once from the cookie.

    Reading them marks the response as depending on the cookie (``Vary: Cookie``).
    """
    cached = g.get("_a11y_kit_preferences")
    if cached is None:
        state = kit_state()
        cached = state.model.parse_cookie(request.cookies.get(state.cookie_name))
        g._a11y_kit_preferences = cached
    return cached


def preferences_were_read() -> bool:
    """Whether this response was rendered from the visitor's preferences."""
    return "_a11y_kit_preferences" in g


def record_new_preferences(preferences: Preferences) -> None:
    """Ask for ``preferences`` to be written to the cookie when the response goes out."""
    g._a11y_kit_new_preferences = preferences


def new_preferences() -> Preferences | None:
    """Preferences recorded for writing by this request, if any."""
    return g.get("_a11y_kit_new_preferences")
