"""Beside CSRF checks other than Flask-WTF's, one line exempts the preferences endpoint (which
refuses cross-site posts itself) while the host's own forms stay guarded."""

from __future__ import annotations

import secrets
from collections.abc import Callable

import pytest
from flask import Flask, abort, request, session
from flask_seasurf import SeaSurf

from a11y_kit import A11yKit, is_preference_request

SAME_ORIGIN = {"Sec-Fetch-Site": "same-origin"}
TOOLBAR_POST = {"mode": "on", "size": "150"}


def _site(guard: Callable[[Flask], None]) -> Flask:
    app = Flask(__name__)
    app.config["SECRET_KEY"] = "csrf tools"
    guard(app)
    A11yKit(app)
    app.add_url_rule("/comments", "comment", lambda: "posted", methods=["POST"])
    return app


def seasurf_exempting_a11y_kit(app: Flask) -> None:
    """Flask-SeaSurf, told that the endpoint guards itself."""
    SeaSurf(app).skip_validation(is_preference_request)


def seasurf_alone(app: Flask) -> None:
    SeaSurf(app)


def session_nonce_exempting_a11y_kit(app: Flask) -> None:
    """A hand-written check: a nonce kept in the session, posted back by the host's forms."""

    @app.before_request
    def check_nonce() -> None:
        session.setdefault("nonce", secrets.token_hex(8))
        guarded = request.method == "POST" and not is_preference_request()
        if guarded and request.form.get("nonce") != session["nonce"]:
            abort(403)


GUARDS = {
    "Flask-SeaSurf": seasurf_exempting_a11y_kit,
    "a nonce in the session": session_nonce_exempting_a11y_kit,
}


@pytest.mark.parametrize("guard", GUARDS.values(), ids=list(GUARDS))
def test_the_toolbar_posts_past_the_hosts_csrf_check(guard: Callable[[Flask], None]) -> None:
    client = _site(guard).test_client()
    response = client.post("/a11y/preferences", data=TOOLBAR_POST, headers=SAME_ORIGIN)
    assert (response.status_code, client.get_cookie("a11y") is not None) == (303, True)


@pytest.mark.parametrize("guard", GUARDS.values(), ids=list(GUARDS))
def test_the_hosts_own_forms_stay_guarded(guard: Callable[[Flask], None]) -> None:
    client = _site(guard).test_client()
    assert client.post("/comments", data={"text": "hi"}, headers=SAME_ORIGIN).status_code == 403


@pytest.mark.parametrize("guard", GUARDS.values(), ids=list(GUARDS))
def test_a_cross_site_toolbar_post_is_still_refused(guard: Callable[[Flask], None]) -> None:
    client = _site(guard).test_client()
    cross_site = {"Sec-Fetch-Site": "cross-site"}
    assert (
        client.post("/a11y/preferences", data=TOOLBAR_POST, headers=cross_site).status_code == 403
    )


def test_without_the_exemption_seasurf_refuses_the_toolbar() -> None:
    """The control: Flask-SeaSurf alone answers 403 to every toolbar post."""
    client = _site(seasurf_alone).test_client()
    assert (
        client.post("/a11y/preferences", data=TOOLBAR_POST, headers=SAME_ORIGIN).status_code == 403
    )
