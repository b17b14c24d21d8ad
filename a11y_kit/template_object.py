"""The ``a11y`` object every template gets."""

from __future__ import annotations

from flask import get_template_attribute, request
from markupsafe import Markup

from .labels import TOOLBAR_LABELS
from .preferences import SETTING_NAMES, Preferences
from .state import current_preferences, kit_state
from .toolbar import groups, post_form, switch

MACROS = "a11y_kit/macros.html"


def _macro(name: str):
    return get_template_attribute(MACROS, name)


class A11yTemplate:
    """Renders the building blocks from the visitor's preferences: ``{{ a11y.toolbar() }}``."""

    @property
    def preferences(self) -> Preferences:
        """The visitor's preferences for this request."""
        return current_preferences()

    def html_attrs(self) -> Markup:
        """``data-a11y-*`` attributes for ``<html>``: the page is in the mode at first paint."""
        preferences = self.preferences
        attributes = [
            (f"data-a11y-{name.replace('_', '-')}", getattr(preferences, name))
            for name in SETTING_NAMES
        ]
        return _macro("render_html_attrs")(attributes)

    def head(self) -> Markup:
        """The stylesheet link, and in the mode the deferred script (with the host's nonce)."""
        assets = kit_state().assets
        js_url = assets.url("js") if self.preferences.is_on else None
        return _macro("render_head")(assets.url("css"), js_url, getattr(request, "csp_nonce", None))

    def toolbar(self) -> Markup:
        """The settings panel; empty when the mode is off."""
        preferences = self.preferences
        if not preferences.is_on:
            return Markup("")
        return _macro("render_toolbar")(
            groups(kit_state().model, preferences), post_form(), TOOLBAR_LABELS
        )

    def switch(self) -> Markup:
        """The button that turns the mode on or off."""
        return _macro("render_switch")(switch(self.preferences))

    def image(
        self,
        src: str,
        alt: str,
        class_: str = "",
        width: int | None = None,
        height: int | None = None,
    ) -> Markup:
        """An image whose alt text takes its place when the visitor turns images off."""
        return _macro("render_image")(src, alt, class_, width, height)
