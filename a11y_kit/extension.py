"""The Flask extension: ``A11yKit(app)`` or ``A11yKit().init_app(app)``."""

from __future__ import annotations

import hashlib
import re
from typing import Any

from flask import Flask, Response

from .http.cookie_domain import checked_cookie_domain
from .http.hook_order import keep_before_compression
from .http.responses import finish_response
from .http.views import blueprint
from .i18n import configured_languages
from .page.assets import asset_urls_for
from .page.labels import all_messages
from .page.part_calls import PARTS, PartCalls, filter_name, part_filter
from .page.settings import EXTENSION_KEY, KitState
from .page.site_stylesheet import checked_icon_fonts, site_stylesheet
from .page.template_object import A11yTemplate
from .preferences import REGISTRY, PreferenceModel
from .preferences.schemes import configured_schemes
from .visitor.accounts import AccountStore
from .visitor.cookie_header import CookieFinder

DEFAULT_CONFIG: dict[str, Any] = {
    "A11Y_URL_PREFIX": "/a11y",
    "A11Y_COOKIE_NAME": "a11y",
    "A11Y_COOKIE_MAX_AGE": 365 * 24 * 60 * 60,
    "A11Y_COOKIE_PATH": None,
    "A11Y_COOKIE_DOMAIN": None,
    "A11Y_COOKIE_SECURE": None,
    "A11Y_SIZES": None,
    "A11Y_SCHEMES": None,
    "A11Y_LOCALE": None,
    "A11Y_MESSAGES": None,
    "A11Y_ICON_FONTS": None,
    "A11Y_SKIP_TARGET": None,
    "A11Y_INJECT": False,
    "A11Y_PREFERENCES": (),
}


#: A cookie name is an RFC 6265 token: visible ASCII but separators.
_COOKIE_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")


def _checked_cookie_name(name: object) -> str:
    if not isinstance(name, str) or not _COOKIE_NAME.fullmatch(name):
        raise ValueError(
            f"A11Y_COOKIE_NAME: {name!r} is not a cookie name (letters, digits and "
            "!#$%&'*+-.^_`|~ only, at least one)"
        )
    return name


def _build_state(app: Flask, accounts: AccountStore | None) -> KitState:
    """Validate the config (a bad size or a scheme under 7:1 raises here) into the app's state."""
    config = app.config
    sizes = config["A11Y_SIZES"]
    schemes = configured_schemes(config["A11Y_SCHEMES"])
    schemes_by_name = {scheme.name: scheme for scheme in schemes}
    model = PreferenceModel.build(
        tuple(sizes) if sizes else None,
        tuple(scheme.name for scheme in schemes),
        config["A11Y_PREFERENCES"],
    )
    own_preferences = model.registry[len(REGISTRY) :]
    site_css = site_stylesheet(
        schemes, checked_icon_fonts(config["A11Y_ICON_FONTS"]), own_preferences
    )
    return KitState(
        model=model,
        cookie_name=_checked_cookie_name(config["A11Y_COOKIE_NAME"]),
        cookie_finder=CookieFinder(config["A11Y_COOKIE_NAME"]),
        cookie_max_age=int(config["A11Y_COOKIE_MAX_AGE"]),
        cookie_path=config["A11Y_COOKIE_PATH"],
        cookie_domain=checked_cookie_domain(config["A11Y_COOKIE_DOMAIN"], config["SERVER_NAME"]),
        cookie_secure=config["A11Y_COOKIE_SECURE"],
        assets=asset_urls_for(app),
        jinja_globals=app.jinja_env.globals,
        extensions=app.extensions,
        csrf_field_name=config.get("WTF_CSRF_FIELD_NAME", "csrf_token"),
        schemes=schemes_by_name,
        site_css=site_css,
        site_css_version=hashlib.sha256(site_css.encode()).hexdigest()[:12],
        languages=configured_languages(
            config["A11Y_LOCALE"],
            config["A11Y_MESSAGES"],
            all_messages(schemes_by_name, model.registry),
        ),
        skip_target=config["A11Y_SKIP_TARGET"],
        inject=bool(config["A11Y_INJECT"]),
        accounts=_checked_store(accounts),
    )


def _checked_store(accounts: object) -> AccountStore | None:
    if accounts is not None and not isinstance(accounts, AccountStore):
        raise TypeError(
            f"accounts: {accounts!r} has no signed_in(), load() and save(): see docs/accounts.md"
        )
    return accounts


class A11yKit:
    """Adds the accessibility mode to a Flask app; ``accounts`` (an ``AccountStore``) lets a
    signed-in visitor keep their choice on their account."""

    def __init__(self, app: Flask | None = None, accounts: AccountStore | None = None) -> None:
        self.accounts = accounts
        if app is not None:
            self.init_app(app)

    def init_app(self, app: Flask, accounts: AccountStore | None = None) -> None:
        """Set config defaults, register the endpoint, the ``a11y`` template global (its part
        calls compiled into direct calls) and the response hook."""
        for key, value in DEFAULT_CONFIG.items():
            app.config.setdefault(key, value)
        store = accounts if accounts is not None else self.accounts
        state = app.extensions[EXTENSION_KEY] = _build_state(app, store)
        app.register_blueprint(blueprint, url_prefix=app.config["A11Y_URL_PREFIX"])

        template = app.jinja_env.globals["a11y"] = A11yTemplate(state)
        app.jinja_env.add_extension(PartCalls)
        for part in PARTS:
            app.jinja_env.filters[filter_name(part)] = part_filter(template, part)

        @app.after_request
        def mark_for_caches(response: Response) -> Response:
            return finish_response(response, state, template)

        keep_before_compression(app, mark_for_caches)
