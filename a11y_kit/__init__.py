"""a11y_kit: a server-rendered "version for the visually impaired" for Flask sites."""

from __future__ import annotations

from .extension import A11yKit
from .http.caching import cacheable, preferences_cache_key
from .http.views import is_preference_request
from .preferences import Choice, Preference, PreferenceModel, Preferences
from .visitor.accounts import AccountStore
from .visitor.redirects import safe_next
from .visitor.state import leave_out_injected_parts

__all__ = [
    "A11yKit",
    "AccountStore",
    "Choice",
    "Preference",
    "PreferenceModel",
    "Preferences",
    "cacheable",
    "is_preference_request",
    "leave_out_injected_parts",
    "preferences_cache_key",
    "safe_next",
]
