"""The ``a11y`` object every template gets."""

from __future__ import annotations

from typing import NamedTuple

from flask import Request, get_template_attribute, request, url_for
from markupsafe import Markup

from .i18n import resolve_locale, translator
from .injection import MissingParts
from .labels import toolbar_texts
from .preferences import REGISTRY, Preferences
from .state import KitState, RequestState, read_preferences
from .toolbar import (
    SlottedFragment,
    bar,
    cut_at_slots,
    fill_form,
    form_with_slots,
    groups,
    switch,
)

MACROS = "a11y_kit/macros.html"
_NOTHING = Markup("")
_ATTRIBUTE_NAMES = ("data-a11y-mode", *(p.attribute for p in REGISTRY), "data-a11y-panel")


def _macro(name: str):
    return get_template_attribute(MACROS, name)


class SiteUrls(NamedTuple):
    """The URLs the blocks link to, as ``url_for`` gives them for one scheme, host and root."""

    action: str
    stylesheets: tuple[str, ...]
    script: str


def _site_urls(state: KitState, root: str) -> SiteUrls:
    stylesheets = (state.assets.url("css", root),)
    if state.site_css:
        stylesheets += (url_for("a11y_kit.site_stylesheet", v=state.site_css_version),)
    return SiteUrls(
        url_for("a11y_kit.update_preferences"), stylesheets, state.assets.url("js", root)
    )


class PageParts(NamedTuple):
    """Everything a page shows of the mode; one set per preferences, language and URLs.

    The forms hold stand-ins for ``next`` and the CSRF token, filled in per request.
    """

    html_attrs: Markup
    head: Markup
    toolbar: SlottedFragment
    switch: SlottedFragment


class _PageKey(NamedTuple):
    preferences: Preferences
    locale: str
    urls: SiteUrls
    has_csrf: bool


def _head(key: _PageKey, nonce: str | None = None) -> Markup:
    script = key.urls.script if key.preferences.is_on else None
    return _macro("render_head")(key.urls.stylesheets, script, nonce)


def _build_parts(state: KitState, key: _PageKey) -> PageParts:
    preferences, locale, urls, _ = key
    form = form_with_slots(state, urls.action)
    translate = translator(locale)
    toolbar = _NOTHING
    if preferences.is_on:
        toolbar = _macro("render_toolbar")(
            bar(state, preferences, translate),
            groups(state, preferences, translate),
            form,
            toolbar_texts(translate),
            locale,
            preferences.panel == "open",
            state.skip_target,
        )
    return PageParts(
        html_attrs=_macro("render_html_attrs")(
            list(zip(_ATTRIBUTE_NAMES, preferences, strict=True))
        ),
        head=_head(key),
        toolbar=cut_at_slots(toolbar),
        switch=cut_at_slots(_macro("render_switch")(switch(form, preferences, locale))),
    )


class A11yTemplate:
    """Renders the building blocks from the visitor's preferences: ``{{ a11y.toolbar() }}``.

    The blocks depend only on the preferences, the language and the URLs, so each set is
    rendered once and remembered; this request's ``next`` and token are filled in on use. The
    request is looked up on first use, so templates rendered outside one still work.
    """

    def __init__(self, state: KitState, request_state: RequestState) -> None:
        self._state = state
        self._request_state = request_state
        self._request: Request | None = None
        self._key: _PageKey | None = None
        self._parts: PageParts | None = None

    @property
    def _current(self) -> Request:
        if self._request is None:
            self._request = request._get_current_object()  # type: ignore[attr-defined]
        return self._request

    @property
    def preferences(self) -> Preferences:
        """The visitor's preferences for this request."""
        return read_preferences(
            self._request_state, self._state, self._current.environ.get("HTTP_COOKIE", "")
        )

    @property
    def locale(self) -> str:
        """The toolbar's language for this request: ``en``, ``ru`` or ``be``."""
        return self._page_key().locale

    def _page_key(self) -> _PageKey:
        if self._key is None:
            state, current = self._state, self._current
            environ = current.environ
            root = current.script_root
            urls_key = (environ["wsgi.url_scheme"], environ.get("HTTP_HOST"), root)
            self._key = _PageKey(
                self.preferences,
                resolve_locale(state.extensions, current, state.locale),
                state.urls.get(urls_key, lambda: _site_urls(state, root)),
                state.has_csrf,
            )
        return self._key

    def _page_parts(self) -> PageParts:
        if self._parts is None:
            key = self._page_key()
            self._parts = self._state.fragments.get(key, lambda: _build_parts(self._state, key))
        return self._parts

    def html_attrs(self) -> Markup:
        """``data-a11y-*`` attributes for ``<html>``: the page is in the mode at first paint."""
        self._request_state.written.add("html_attrs")
        return self._page_parts().html_attrs

    def head(self) -> Markup:
        """The stylesheet links, and in the mode the deferred script (with the host's nonce)."""
        self._request_state.written.add("head")
        nonce = getattr(self._current, "csp_nonce", None)
        if nonce:
            return _head(self._page_key(), nonce)
        return self._page_parts().head

    def toolbar(self) -> Markup:
        """The settings panel; empty when the mode is off."""
        self._request_state.written.add("toolbar")
        return fill_form(self._page_parts().toolbar, self._state, self._current)

    def switch(self) -> Markup:
        """The button that turns the mode on or off."""
        self._request_state.written.add("switch")
        return fill_form(self._page_parts().switch, self._state, self._current)

    def missing_parts(self) -> MissingParts:
        """What ``A11Y_INJECT`` adds to the page: every part the template did not write."""
        written = set(self._request_state.written)
        body_start = "".join(
            getattr(self, name)() for name in ("toolbar", "switch") if name not in written
        )
        return MissingParts(
            None if "html_attrs" in written else self.html_attrs(),
            None if "head" in written else self.head(),
            body_start or None,
        )

    def image(
        self,
        src: str,
        alt: str,
        class_: str = "",
        width: int | None = None,
        height: int | None = None,
    ) -> Markup:
        """An image whose alt text takes its place when the visitor turns images off."""
        # Keyed on type too: ``Markup("a&amp;b")`` equals ``"a&amp;b"`` but renders differently.
        key = ("image", type(src), src, type(alt), alt, type(class_), class_, width, height)
        return self._state.fragments.get(
            key, lambda: _macro("render_image")(src, alt, class_, width, height)
        )
