"""The ``a11y`` object every template gets."""

from __future__ import annotations

from collections.abc import Callable

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


class A11yTemplate:
    """Renders the building blocks from the visitor's preferences: ``{{ a11y.toolbar() }}``.

    A macro's output depends on its arguments only, so each rendering is remembered by them.
    The request is looked up on first use, so templates rendered outside one still work.
    """

    def __init__(self, state: KitState) -> None:
        self._state = state
        self._request: Request | None = None
        self._preferences: Preferences | None = None
        self._post_form: PostForm | None = None
        self._locale: str | None = None

    @property
    def _current(self) -> Request:
        if self._request is None:
            self._request = this_request()
        return self._request

    @property
    def preferences(self) -> Preferences:
        """The visitor's preferences for this request."""
        if self._preferences is None:
            self._preferences = preferences_of(self._current, self._state)
        return self._preferences

    @property
    def locale(self) -> str:
        """The toolbar's language for this request: ``en``, ``ru`` or ``be``."""
        if self._locale is None:
            state = self._state
            self._locale = resolve_locale(state.extensions, self._current, state.locale)
        return self._locale

    def _form(self) -> PostForm:
        if self._post_form is None:
            self._post_form = post_form(self._state, self._current)
        return self._post_form

    def _render(self, macro: str, key: object, make_args: Callable[[], tuple]) -> Markup:
        return self._state.fragments.get(
            (macro, key), lambda: get_template_attribute(MACROS, macro)(*make_args())
        )

    def html_attrs(self) -> Markup:
        """``data-a11y-*`` attributes for ``<html>``: the page is in the mode at first paint."""
        preferences = self.preferences
        return self._render(
            "render_html_attrs",
            preferences,
            lambda: (list(zip(_ATTRIBUTE_NAMES, preferences, strict=True)),),
        )

    def _stylesheets(self, root: str) -> tuple[str, ...]:
        state = self._state
        urls = (state.assets.url("css", root),)
        if state.scheme_css:
            version = state.scheme_css_version
            urls += (
                state.urls.get(("schemes", root), lambda: url_for("a11y_kit.schemes", v=version)),
            )
        return urls

    def head(self) -> Markup:
        """The stylesheet links, and in the mode the deferred script (with the host's nonce)."""
        root = self._current.script_root
        js_url = self._state.assets.url("js", root) if self.preferences.is_on else None
        args = (self._stylesheets(root), js_url)
        nonce = getattr(self._current, "csp_nonce", None)
        if nonce:
            return get_template_attribute(MACROS, "render_head")(*args, nonce)
        return self._render("render_head", args, lambda: args)

    def toolbar(self) -> Markup:
        """The settings panel; empty when the mode is off."""
        preferences = self.preferences
        if not preferences.is_on:
            return _NOTHING
        form, locale = self._form(), self.locale

        def arguments() -> tuple:
            translate = translator(locale)
            texts = toolbar_texts(translate)
            return groups(self._state, preferences, translate), form, texts, locale

        return self._render("render_toolbar", (preferences, form, locale), arguments)

    def switch(self) -> Markup:
        """The button that turns the mode on or off."""
        button = switch(self._form(), self.preferences, self.locale)
        return self._render("render_switch", button, lambda: (button,))

    def image(
        self,
        src: str,
        alt: str,
        class_: str = "",
        width: int | None = None,
        height: int | None = None,
    ) -> Markup:
        """An image whose alt text takes its place when the visitor turns images off."""
        args = (src, alt, class_, width, height)
        return self._render("render_image", args, lambda: args)
