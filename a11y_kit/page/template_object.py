"""The ``a11y`` object every template gets."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, partial
from typing import NamedTuple

from flask import Request, get_template_attribute, url_for
from markupsafe import Markup, escape

from ..preferences import Preferences
from ..rewriting import MissingParts, inert_text
from ..visitor.accounts import account_action
from ..visitor.state import (
    RequestState,
    cookie_header,
    current_request,
    read_preferences,
    request_state,
)
from .assets import chosen_asset_kinds
from .labels import toolbar_texts
from .settings import KitState
from .toolbar import (
    FormFragment,
    bar,
    current_path,
    cut_at_slots,
    fill_form,
    form_with_slots,
    groups,
    switch,
)

MACROS = "a11y_kit/macros.html"
#: Rendered into the remembered head where the host's CSP nonce goes, replaced per request.
NONCE_SLOT = "\ue000a11y-nonce\ue000"
_NOTHING = Markup("")
#: How many sets of page parts (one per preferences, language and URLs) an app remembers.
MAX_REMEMBERED_PAGES = 1024
MAX_REMEMBERED_IMAGES = 4096


def _macro(name: str) -> Callable[..., Markup]:
    macro: Callable[..., Markup] = get_template_attribute(MACROS, name)
    return macro


class SiteUrls(NamedTuple):
    """The URLs the blocks link to, as ``url_for`` gives them for one scheme, host and root."""

    action: str
    stylesheets: tuple[str, ...]
    script: str


def _site_urls(state: KitState, root: str) -> SiteUrls:
    stylesheets: tuple[str, ...] = (state.assets.url("css", root),)
    if state.site_css:
        stylesheets += (url_for("a11y_kit.site_stylesheet", v=state.site_css_version),)
    return SiteUrls(
        url_for("a11y_kit.update_preferences"), stylesheets, state.assets.url("js", root)
    )


class PageParts(NamedTuple):
    """Everything a page shows of the mode; one set per preferences, language and URLs.

    The forms hold a stand-in for ``next``, filled in per request.
    """

    html_attrs: Markup
    head: Markup
    #: The head cut where the host's CSP nonce goes.
    head_for_nonce: tuple[str, ...]
    toolbar: FormFragment
    switch: FormFragment


class _PageKey(NamedTuple):
    """What the page parts depend on; nothing else of the request goes into them."""

    preferences: Preferences
    locale: str
    url_scheme: str
    host: str | None
    root: str
    #: The toolbar's account button: ``remember``, ``forget`` or none.
    account: str | None


class PageView(NamedTuple):
    """What one request shows: its remembered parts, its ``next`` path (escaped) and the
    host's CSP nonce, if any."""

    parts: PageParts
    next_path: Markup
    nonce: str | None


def _head(state: KitState, key: _PageKey, nonce: str | None) -> Markup:
    urls = _site_urls(state, key.root)
    main, *site = urls.stylesheets
    chosen: list[str] = []
    scripts: list[str] = []
    if key.preferences.is_on:
        scripts.append(urls.script)
        for kind in _chosen_assets(state, key.preferences):
            url = state.assets.url(kind, key.root)
            (chosen if kind.endswith(".css") else scripts).append(url)
    return _macro("render_head")([main, *chosen, *site], scripts, nonce)


def _chosen_assets(state: KitState, preferences: Preferences) -> list[str]:
    """The bundles of the preferences loaded when chosen that hold a value other than their
    default."""
    defaults = state.model.defaults
    return [
        kind
        for preference in state.model.registry
        if getattr(preferences, preference.name) != getattr(defaults, preference.name)
        for kind in chosen_asset_kinds(preference)
    ]


def _build_parts(state: KitState, key: _PageKey) -> PageParts:
    preferences, locale = key.preferences, key.locale
    form = form_with_slots(_site_urls(state, key.root).action)
    translate = state.languages.translate(locale)
    toolbar = _NOTHING
    if preferences.is_on:
        toolbar = _macro("render_toolbar")(
            bar(state, preferences, translate),
            groups(state, preferences, translate, key.root),
            form,
            toolbar_texts(translate),
            locale,
            preferences.panel == "open",
            state.skip_target,
            key.account,
        )
    return PageParts(
        html_attrs=_macro("render_html_attrs")(
            list(zip(state.model.attribute_names, preferences, strict=True))
        ),
        head=_head(state, key, None),
        head_for_nonce=tuple(str(_head(state, key, NONCE_SLOT)).split(NONCE_SLOT)),
        toolbar=cut_at_slots(toolbar),
        switch=cut_at_slots(_macro("render_switch")(switch(form, preferences, locale, translate))),
    )


def _image(src: str, alt: str, class_: str, width: int | None, height: int | None) -> Markup:
    return _macro("render_image")(src, alt, class_, width, height, inert_text(alt))


class A11yTemplate:
    """Renders the building blocks from the visitor's preferences: ``{{ a11y.toolbar() }}``.

    One object per app, a Jinja global. The blocks depend only on the preferences, the
    language and the URLs, so each set is rendered once and remembered; a request finds its
    set once and fills in its ``next`` path and token. Templates rendered outside a request
    work as long as they call none of the blocks.
    """

    def __init__(self, state: KitState) -> None:
        self._state = state
        self._parts_for = lru_cache(maxsize=MAX_REMEMBERED_PAGES)(partial(_build_parts, state))
        # Typed: ``Markup("a&amp;b")`` equals ``"a&amp;b"`` but renders differently.
        self._image = lru_cache(maxsize=MAX_REMEMBERED_IMAGES, typed=True)(_image)

    def _page_view(self, part: str) -> PageView:
        """This request's page view (noting that the template wrote ``part``)."""
        current = request_state()
        current.written.add(part)
        page = current.page
        if page is None:
            page = current.page = self._new_page_view(current, current_request())
        return page

    def _new_page_view(self, current: RequestState, req: Request) -> PageView:
        state, environ = self._state, req.environ
        preferences = read_preferences(current, state, environ.get("HTTP_COOKIE", ""))
        key = _PageKey(
            preferences,
            state.languages.resolve(state.extensions, environ),
            environ["wsgi.url_scheme"],
            environ.get("HTTP_HOST"),
            req.root_path,
            account_action(state.accounts) if preferences.is_on else None,
        )
        return PageView(self._parts_for(key), current_path(req), getattr(req, "csp_nonce", None))

    @property
    def preferences(self) -> Preferences:
        """The visitor's preferences for this request."""
        return read_preferences(request_state(), self._state, cookie_header())

    @property
    def locale(self) -> str:
        """The toolbar's language for this request: ``en``, ``ru``, ``be``, ``uk`` or one the
        host added."""
        environ = current_request().environ
        return self._state.languages.resolve(self._state.extensions, environ)

    def html_attrs(self) -> Markup:
        """``data-a11y-*`` attributes for ``<html>``: the page is in the mode at first paint."""
        return self._page_view("html_attrs").parts.html_attrs

    def head(self) -> Markup:
        """The stylesheet links, and in the mode the deferred scripts (with the host's nonce):
        the bundles of preferences loaded when chosen only while one is chosen."""
        view = self._page_view("head")
        if view.nonce:
            return Markup(str.join(escape(view.nonce), view.parts.head_for_nonce))
        return view.parts.head

    def toolbar(self) -> Markup:
        """The settings panel; empty when the mode is off."""
        view = self._page_view("toolbar")
        return fill_form(view.parts.toolbar, view.next_path)

    def switch(self) -> Markup:
        """The button that turns the mode on or off."""
        view = self._page_view("switch")
        return fill_form(view.parts.switch, view.next_path)

    def missing_parts(self, body: bool = True) -> MissingParts:
        """The parts the template did not write: with ``A11Y_INJECT`` every one; else (``body``
        false) the ``<html>`` attributes and the head a template that wrote the toolbar or the
        switch left out, without which the page would show the toolbar in its normal look."""
        written = set(request_state().written)
        toolbar, switch = (
            getattr(self, name)() if body and name not in written else None
            for name in ("toolbar", "switch")
        )
        return MissingParts(
            None if "html_attrs" in written else self.html_attrs(),
            None if "head" in written else self.head(),
            toolbar or None,
            switch,
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
        return self._image(src, alt, class_, width, height)
