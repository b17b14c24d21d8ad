"""The Flask extension: ``A11yKit(app)`` or ``A11yKit().init_app(app)``."""

from __future__ import annotations

from typing import Any

from flask import Flask

from .assets import asset_urls_for
from .preferences import PreferenceModel
from .responses import finish_response
from .state import EXTENSION_KEY, KitState, cookie_pattern
from .template_object import A11yTemplate
from .views import blueprint

DEFAULT_CONFIG: dict[str, Any] = {
    "A11Y_URL_PREFIX": "/a11y",
    "A11Y_COOKIE_NAME": "a11y",
    "A11Y_COOKIE_MAX_AGE": 365 * 24 * 60 * 60,
    "A11Y_COOKIE_PATH": None,
    "A11Y_COOKIE_SECURE": None,
    "A11Y_SIZES": None,
}


class A11yKit:
    """Adds the accessibility mode to a Flask app."""

    def __init__(self, app: Flask | None = None) -> None:
        if app is not None:
            self.init_app(app)

    def init_app(self, app: Flask) -> None:
        """Set config defaults, register the endpoint, the ``a11y`` object and the hooks."""
        for key, value in DEFAULT_CONFIG.items():
            app.config.setdefault(key, value)
        sizes = app.config["A11Y_SIZES"]
        state = app.extensions[EXTENSION_KEY] = KitState(
            model=PreferenceModel.build(tuple(sizes) if sizes else None),
            cookie_name=app.config["A11Y_COOKIE_NAME"],
            cookie_pattern=cookie_pattern(app.config["A11Y_COOKIE_NAME"]),
            cookie_max_age=int(app.config["A11Y_COOKIE_MAX_AGE"]),
            cookie_path=app.config["A11Y_COOKIE_PATH"],
            cookie_secure=app.config["A11Y_COOKIE_SECURE"],
            assets=asset_urls_for(app),
            jinja_globals=app.jinja_env.globals,
        )
        app.register_blueprint(blueprint, url_prefix=app.config["A11Y_URL_PREFIX"])
        app.context_processor(lambda: {"a11y": A11yTemplate(state)})
        app.after_request(lambda response: finish_response(response, state))
