"""Cache keys that keep one visitor's mode away from another."""

from __future__ import annotations

from .state import current_preferences, kit_state


def preferences_cache_key() -> str:
    """The visitor's preferences as a short token, for a page cache's key.

    Add it to the key of every cached page that uses ``a11y``: tampered cookies collapse to
    the token of their valid part, so the number of keys stays small. Calling it marks the
    response ``Vary: Cookie``.
    """
    return kit_state().model.serialize_cookie(current_preferences())
