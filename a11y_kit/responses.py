"""The response side: writing the cookie and marking responses for caches."""

from __future__ import annotations

from flask import Request, Response

from .state import KitState, new_preferences, preferences_read, this_request


def _write_cookie(response: Response, current: Request, state: KitState, value: str) -> None:
    secure = current.is_secure if state.cookie_secure is None else state.cookie_secure
    response.set_cookie(
        state.cookie_name,
        value,
        max_age=state.cookie_max_age,
        path=state.cookie_path or current.script_root or "/",
        secure=secure,
        httponly=True,
        samesite="Lax",
    )


def _mark_private(response: Response) -> None:
    """Keep shared caches off a personalised page without weakening ``no-store``."""
    if not response.headers.getlist("Cache-Control"):
        response.headers.add("Cache-Control", "private")
        return
    cache_control = response.cache_control
    if not cache_control.no_store:
        cache_control.public = False
        cache_control.private = True


def finish_response(response: Response, state: KitState) -> Response:
    """``after_request`` work: write recorded preferences, set ``Vary`` and caching."""
    current = this_request()
    chosen = new_preferences(current)
    read = preferences_read(current)
    if chosen is None and read is None:
        return response
    if chosen is not None:
        _write_cookie(response, current, state, state.model.serialize_cookie(chosen))
    if read is not None:
        # ``getlist`` finds no header without raising (``in`` builds an exception per miss).
        if response.headers.getlist("Vary"):
            response.vary.add("Cookie")
        else:
            response.headers.add("Vary", "Cookie")
        if read != state.model.defaults:
            _mark_private(response)
    return response
