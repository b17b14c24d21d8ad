"""The response side: writing the cookie and marking responses for caches."""

from __future__ import annotations

from flask import Response, request

from .state import KitState, current_preferences, kit_state, new_preferences, preferences_were_read


def _write_cookie(response: Response, state: KitState, value: str) -> None:
    secure = request.is_secure if state.cookie_secure is None else state.cookie_secure
    response.set_cookie(
        state.cookie_name,
        value,
        max_age=state.cookie_max_age,
        path=state.cookie_path or request.script_root or "/",
        secure=secure,
        httponly=True,
        samesite="Lax",
    )


def _mark_private(response: Response) -> None:
    """Keep shared caches off a personalised page without weakening ``no-store``."""
    if response.cache_control.no_store:
        return
    response.cache_control.public = False
    response.cache_control.private = True


def finish_response(response: Response) -> Response:
    """``after_request`` hook: write recorded preferences, set ``Vary`` and caching."""
    state = kit_state()
    chosen = new_preferences()
    if chosen is not None:
        _write_cookie(response, state, state.model.serialize_cookie(chosen))
    if preferences_were_read():
        response.vary.add("Cookie")
        if current_preferences() != state.model.defaults:
            _mark_private(response)
    return response
