"""The preferences: one declaration each in ``registry``, a visitor's choices, the cookie."""

from .cookie import MAX_COOKIE_LENGTH
from .declaration import Choice, Preference
from .model import SETTING_NAMES, PreferenceModel, Preferences
from .registry import BY_NAME, REGISTRY, SUPPORTED_SIZES

__all__ = [
    "BY_NAME",
    "MAX_COOKIE_LENGTH",
    "REGISTRY",
    "SETTING_NAMES",
    "SUPPORTED_SIZES",
    "Choice",
    "Preference",
    "PreferenceModel",
    "Preferences",
]
