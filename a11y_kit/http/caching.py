"""Helpers for page caches, so that one visitor's page never reaches another."""

from __future__ import annotations

from typing import Any

from ..page.settings import current_preferences, kit_state
from ..visitor.state import current_request, request_state
from .responses import holds_per_visitor_values


def preferences_cache_key() -> str:
    """The visitor's preferences and the toolbar's language as a short token, for a page
    cache's key (``2-mon-s150-cblue.ru``).

    Add it to the key of every cached page that uses ``a11y``: tampered cookies collapse to
    the token of their valid part and the language is one of ``en``, ``ru``, ``be``, so the
    number of keys stays small. Calling it marks the response ``Vary: Cookie``.
    """
    state = kit_state()
    locale = state.languages.resolve(state.extensions, current_request().environ)
    return f"{state.model.serialize_cookie(current_preferences())}.{locale}"


def cacheable(_rendered: Any = None) -> bool:
    """Whether the page just rendered may be shared with other visitors of the same mode.

    ``False`` when it carries a per-visitor value (a Flask-WTF token, session data) or the
    ``Cookie`` header could be read differently by a proxy. Pass it as Flask-Caching's
    ``response_filter``; it is the same rule that marks responses ``private``.
    """
    current_preferences()
    state = kit_state()
    return not (request_state().cookie_ambiguous or holds_per_visitor_values(state, False))
