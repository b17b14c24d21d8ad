"""The ``a11y`` object every template gets."""

from __future__ import annotations

from typing import NamedTuple

from flask import Request, get_template_attribute, url_for
from markupsafe import Markup

from .i18n import resolve_locale, translator
from .labels import toolbar_texts
from .preferences import SETTING_NAMES, Preferences
from .state import KitState, preferences_of, this_request
from .toolbar import PostForm, groups, post_form, switch

MACROS = "a11y_kit/macros.html"
_NOTHING = Markup("")
_ATTRIBUTE_NAMES = tuple(f"data-a11y-{name.replace('_', '-')}" for name in SETTING_NAMES)


def _macro(name: str):
    return get_template_attribute(MACROS, name)


class PageParts(NamedTuple):
    """Everything a page shows of the mode; one set per preferences, form and language."""

    html_attrs: Markup
    head: Markup
    toolbar: Markup
    switch: Markup


class _PageKey(NamedTuple):
    preferences: Preferences
    form: PostForm
    locale: str


def _head_arguments(state: KitState, key: _PageKey, root: str) -> tuple:
    stylesheets = (state.assets.url("css", root),)
    if state.scheme_css:
        version = state.scheme_css_version
        stylesheets += (
            state.urls.get(("schemes", root), lambda: url_for("a11y_kit.schemes", v=version)),
        )
    js_url = state.assets.url("js", root) if key.preferences.is_on else None
    return stylesheets, js_url


def _build_parts(state: KitState, key: _PageKey, root: str) -> PageParts:
    preferences, form, locale = key
    translate = translator(locale)
    toolbar = _NOTHING
    if preferences.is_on:
        toolbar = _macro("render_toolbar")(
            groups(state, preferences, translate), form, toolbar_texts(translate), locale
        )
    return PageParts(
        html_attrs=_macro("render_html_attrs")(
            list(zip(_ATTRIBUTE_NAMES, preferences, strict=True))
        ),
        head=_macro("render_head")(*_head_arguments(state, key, root)),
        toolbar=toolbar,
        switch=_macro("render_switch")(switch(form, preferences, locale)),
    )


class A11yTemplate:
    """Renders the building blocks from the visitor's preferences: ``{{ a11y.toolbar() }}``.

    The blocks depend only on the preferences, the form (path, CSRF token) and the language, so
    each set is rendered once and remembered. The request is looked up on first use, so
    templates rendered outside one still work.
    """

    def __init__(self, state: KitState) -> None:
        self._state = state
        self._request: Request | None = None
        self._key: _PageKey | None = None
        self._parts: PageParts | None = None

    @property
    def _current(self) -> Request:
        if self._request is None:
            self._request = this_request()
        return self._request

    @property
    def preferences(self) -> Preferences:
        """The visitor's preferences for this request."""
        return preferences_of(self._current, self._state)

    @property
    def locale(self) -> str:
        """The toolbar's language for this request: ``en``, ``ru`` or ``be``."""
        return self._page_key().locale

    def _page_key(self) -> _PageKey:
        if self._key is None:
            state, current = self._state, self._current
            self._key = _PageKey(
                preferences_of(current, state),
                post_form(state, current),
                resolve_locale(state.extensions, current, state.locale),
            )
        return self._key

    def _page_parts(self) -> PageParts:
        if self._parts is None:
            key, root = self._page_key(), self._current.script_root
            self._parts = self._state.fragments.get(
                key, lambda: _build_parts(self._state, key, root)
            )
        return self._parts

    def html_attrs(self) -> Markup:
        """``data-a11y-*`` attributes for ``<html>``: the page is in the mode at first paint."""
        return self._page_parts().html_attrs

    def head(self) -> Markup:
        """The stylesheet links, and in the mode the deferred script (with the host's nonce)."""
        nonce = getattr(self._current, "csp_nonce", None)
        if nonce:
            arguments = _head_arguments(self._state, self._page_key(), self._current.script_root)
            return _macro("render_head")(*arguments, nonce)
        return self._page_parts().head

    def toolbar(self) -> Markup:
        """The settings panel; empty when the mode is off."""
        return self._page_parts().toolbar

    def switch(self) -> Markup:
        """The button that turns the mode on or off."""
        return self._page_parts().switch

    def image(
        self,
        src: str,
        alt: str,
        class_: str = "",
        width: int | None = None,
        height: int | None = None,
    ) -> Markup:
        """An image whose alt text takes its place when the visitor turns images off."""
        arguments = (src, alt, class_, width, height)
        return self._state.fragments.get(
            ("image", arguments), lambda: _macro("render_image")(*arguments)
        )
