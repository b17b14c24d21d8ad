"""What one request has learnt of its visitor, kept on ``g`` under one private name.

Request-bound objects are read through ``_get_current_object()``: one context lookup, where
each attribute read through Flask's proxies costs several. ``g``'s names are read from its
``__dict__``: a missing name then costs no exception.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from flask import Request, g, request

from ..preferences import PreferenceModel, Preferences
from .accounts import AccountStore
from .cookie_header import CookieFinder

#: The attribute of ``g`` holding the current request's ``RequestState``.
_REQUEST_KEY = "_a11y_kit"


class PreferenceSource(Protocol):
    """What reading a visitor's preferences needs of the app's settings."""

    @property
    def model(self) -> PreferenceModel: ...

    @property
    def cookie_finder(self) -> CookieFinder: ...

    @property
    def accounts(self) -> AccountStore | None: ...


@dataclass(slots=True)
class RequestState:
    """What a11y_kit learnt while handling one request."""

    #: The visitor's preferences, once something read them (``None``: never read).
    preferences: Preferences | None = None
    #: A proxy could read the ``Cookie`` header as another value than we did.
    cookie_ambiguous: bool = False
    #: The preferences came from the signed-in visitor's account (this device had no cookie).
    from_account: bool = False
    #: With ``A11Y_INJECT``, the parts a template wrote itself (``html_attrs``, ``head``…).
    written: set[str] = field(default_factory=set)
    #: What this request's page shows (a ``PageView``), once a template asked for a part.
    page: Any = None
    #: The view asked for its page to be sent without the parts ``A11Y_INJECT`` writes.
    no_injection: bool = False


def leave_out_injected_parts() -> None:
    """Send the current request's page without the parts ``A11Y_INJECT`` would write (call
    it in a view, or in a ``before_request`` hook for views you cannot edit)."""
    request_state().no_injection = True


#: The current request itself, not Flask's proxy for it.
current_request: Callable[[], Request] = request._get_current_object  # type: ignore[attr-defined]
#: The current ``g`` itself, not Flask's proxy for it.
request_globals: Callable[[], Any] = g._get_current_object


def request_state() -> RequestState:
    """The current request's ``RequestState``, made on first use."""
    names = request_globals().__dict__
    found = names.get(_REQUEST_KEY)
    if found is None:
        found = names[_REQUEST_KEY] = RequestState()
    return found


def existing_request_state() -> RequestState | None:
    """The current request's ``RequestState`` if anything made one."""
    return request_globals().__dict__.get(_REQUEST_KEY)


def read_preferences(
    current: RequestState, state: PreferenceSource, cookie_header: str
) -> Preferences:
    """The visitor's preferences, parsed once per request from the raw ``Cookie`` header.

    Reading them makes the response depend on the cookie (``Vary: Cookie``).
    """
    if current.preferences is None:
        reading = state.cookie_finder.read(cookie_header)
        current.cookie_ambiguous = reading.ambiguous
        value = reading.value
        if value is None and state.accounts is not None and state.accounts.signed_in():
            value = state.accounts.load()  # a device without a choice: the account's, if kept
            current.from_account = value is not None
        current.preferences = state.model.parse_cookie(value)
    return current.preferences


def cookie_header() -> str:
    """The current request's raw ``Cookie`` header (empty when there is none)."""
    return current_request().environ.get("HTTP_COOKIE", "")
