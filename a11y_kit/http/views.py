"""The preference endpoint: ``POST /a11y/preferences``."""

from __future__ import annotations

import io
from typing import Any

from flask import Blueprint, Request, Response, abort, current_app, redirect, request
from werkzeug.wrappers import Response as BaseResponse

from ..page.assets import BUILD_DIR, PACKAGE_DIR, static_dir
from ..page.focus import focus_fragment
from ..page.settings import current_preferences, kit_state
from ..preferences import Preferences
from ..visitor.accounts import FORGET, REMEMBER, AccountStore
from ..visitor.redirects import safe_next
from .origin import is_same_origin
from .responses import write_cookie

#: A preference form is a few hundred bytes; anything much larger is refused with 413.
MAX_FORM_BYTES = 8 * 1024
MAX_FORM_PARTS = 64

#: Hashed bundle names change with their content, so browsers may keep them for a year.
IMMUTABLE_MAX_AGE = 365 * 24 * 60 * 60


class _AssetsBlueprint(Blueprint):
    def get_send_file_max_age(self, filename: str | None) -> int | None:
        if filename and filename.startswith(f"{BUILD_DIR}/"):
            return IMMUTABLE_MAX_AGE
        return super().get_send_file_max_age(filename)


blueprint = _AssetsBlueprint(
    "a11y_kit",
    __name__,
    template_folder=str(PACKAGE_DIR / "templates"),
    static_folder=str(static_dir()),
    static_url_path="/static",
)


@blueprint.get("/site.css")
def site_stylesheet() -> Response:
    """The site's own schemes and icon fonts, linked by ``a11y.head()`` when there are any."""
    css = kit_state().site_css
    if not css:
        abort(404)
    response = Response(css, mimetype="text/css")
    response.cache_control.public = True
    response.cache_control.max_age = IMMUTABLE_MAX_AGE
    return response


def _submitted_preferences() -> Preferences:
    """The current preferences with the form's changes applied (400 on unknown values)."""
    model = kit_state().model
    if "reset" in request.form:
        return model.defaults._replace(mode="on", panel=current_preferences().panel)
    changes: dict[str, str] = {}
    for name in model.setting_names:
        value = request.form.get(name)
        if value is None:
            continue
        if not model.is_allowed(name, value):
            abort(400, description=f"Unknown value for the setting {name!r}.")
        changes[name] = value
    return current_preferences()._replace(**changes)


def _wants_json() -> bool:
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return best == "application/json"


def _bound_the_body() -> None:
    """Refuse a body over ``MAX_FORM_BYTES`` (413) before anything reads it; a chunked one is
    read only that far. Works on every supported Werkzeug (``request.max_content_length`` can
    be set per request only from 3.1)."""
    request.max_form_parts = MAX_FORM_PARTS  # a plain attribute on older Werkzeug too
    length = request.content_length
    if length is not None:
        if length > MAX_FORM_BYTES:
            abort(413)
        return
    environ = request.environ
    if not environ.get("wsgi.input_terminated"):
        return  # no length and no end: Werkzeug reads no body at all
    body = environ["wsgi.input"].read(MAX_FORM_BYTES)
    if len(body) >= MAX_FORM_BYTES:
        # A chunked body reaching the limit: refused, not parsed as a truncated form.
        abort(413)
    environ["wsgi.input"] = io.BytesIO(body)


@blueprint.url_value_preprocessor
def _before_any_hook(endpoint: str | None, values: dict[str, Any] | None) -> None:
    """Bound the request body before anything reads it, and exempt the endpoint from
    Flask-WTF's ``CSRFProtect``.

    URL value preprocessors run before every ``before_request`` hook, so both hold whichever
    extension was initialised first. The endpoint needs no token: it refuses cross-site posts
    itself (``is_same_origin``), and tokenless forms keep every page free of per-visitor data.
    """
    _bound_the_body()
    csrf = current_app.extensions.get("csrf")
    if csrf is not None:
        csrf.exempt(blueprint)


@blueprint.post("/preferences")
def update_preferences() -> BaseResponse:
    """Store the submitted preferences, then 303 back to the page (204 for JSON)."""
    if not is_same_origin(request):
        abort(403, description="Preferences can only be changed from this site.")
    before = current_preferences()
    chosen = _submitted_preferences()
    response: BaseResponse
    if _wants_json():
        response = Response(status=204)
    else:
        target = safe_next(
            request.form.get("next"),
            request.headers.get("Referer"),
            request.host_url,
            request.script_root,
        )
        if "#" not in target:
            target += focus_fragment(request.form, before, chosen)
        response = redirect(target, code=303)
    state = kit_state()
    # Whether Settings is open belongs to this device's page, not to the visitor's account.
    kept = chosen._replace(panel=state.model.defaults.panel)
    _keep_on_the_account(state.accounts, state.model.serialize_cookie(kept))
    write_cookie(response, request, state, chosen)
    response.cache_control.no_store = True
    return response


def is_preference_request(incoming: Request | None = None) -> bool:
    """Whether ``incoming`` (the current request by default) is for a11y_kit's preferences
    endpoint, which refuses cross-site posts itself: what a host's own CSRF check exempts
    (Flask-SeaSurf: ``csrf.skip_validation(is_preference_request)``)."""
    return (incoming or request).endpoint == f"{blueprint.name}.{update_preferences.__name__}"


def _keep_on_the_account(store: AccountStore | None, value: str) -> None:
    """ "Remember" stores the choice on the signed-in visitor's account and "Forget" deletes
    it; once remembered, each later choice is saved back. Nothing else ever writes there."""
    action = request.form.get("account")
    if action is None:
        if store is not None and store.signed_in() and store.load() not in (None, value):
            store.save(value)
        return
    if action not in (REMEMBER, FORGET):
        abort(400, description="Unknown account action.")
    if store is None or not store.signed_in():
        abort(403, description="Sign in to keep your choice on your account.")
    store.save(value if action == REMEMBER else None)
