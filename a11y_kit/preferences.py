"""The preference model: settings, their allowed values, and the cookie format."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from .memo import BoundedMemo

#: Sizes the stylesheet knows (percent of the visitor's browser font size).
SUPPORTED_SIZES: tuple[str, ...] = ("100", "125", "150", "175", "200", "250", "300")

COOKIE_VERSION = "1"
COOKIE_SEPARATOR = "-"
COOKIE_PREFIX = COOKIE_VERSION + COOKIE_SEPARATOR
#: A cookie longer than this is ignored before it is parsed.
MAX_COOKIE_LENGTH = 128


class Preferences(NamedTuple):
    """One visitor's choices; every field holds an allowlisted token."""

    mode: str = "off"
    font: str = "sans"
    size: str = "100"
    spacing: str = "normal"
    line_height: str = "normal"
    scheme: str = "white"
    images: str = "on"
    #: Whether the toolbar's "Settings" disclosure is open (remembered across pages).
    panel: str = "closed"

    @property
    def is_on(self) -> bool:
        """Whether the accessibility mode is switched on."""
        return self.mode == "on"


SETTING_NAMES: tuple[str, ...] = Preferences._fields


class PreferenceModel:
    """The allowed values of every setting; the first value is the default."""

    def __init__(self, choices: Mapping[str, tuple[str, ...]]) -> None:
        self.choices: Mapping[str, tuple[str, ...]] = choices
        self.defaults = Preferences(*(choices[name][0] for name in SETTING_NAMES))
        self._allowed = tuple(frozenset(choices[name]) for name in SETTING_NAMES)
        self._parsed: BoundedMemo[Preferences] = BoundedMemo()

    @classmethod
    def build(
        cls, sizes: tuple[str, ...] | None = None, schemes: tuple[str, ...] | None = None
    ) -> PreferenceModel:
        """The built-in model, optionally with the site's own sizes and scheme names."""
        size_values = tuple(str(size) for size in (sizes or SUPPORTED_SIZES[:5]))
        unknown = [size for size in size_values if size not in SUPPORTED_SIZES]
        if unknown:
            raise ValueError(
                f"A11Y_SIZES has unsupported sizes {unknown}; choose from {SUPPORTED_SIZES}"
            )
        return cls(
            {
                "mode": ("off", "on"),
                "font": ("sans", "serif"),
                "size": size_values,
                "spacing": ("normal", "wide", "wider"),
                "line_height": ("normal", "1.5", "2"),
                "scheme": schemes or ("white", "black", "blue", "beige", "brown"),
                "images": ("on", "off", "grayscale"),
                "panel": ("closed", "open"),
            }
        )

    def is_allowed(self, name: str, value: str) -> bool:
        """Whether ``value`` is an allowed token for setting ``name``."""
        return value in self.choices.get(name, ())

    def parse_cookie(self, raw: str | None) -> Preferences:
        """Read a cookie value; unknown or malformed parts fall back to defaults."""
        if not raw or len(raw) > MAX_COOKIE_LENGTH or not raw.startswith(COOKIE_PREFIX):
            return self.defaults
        return self._parsed.get(raw, lambda: self._parse_parts(raw))

    def _parse_parts(self, raw: str) -> Preferences:
        parts = raw[len(COOKIE_PREFIX) :].split(COOKIE_SEPARATOR)
        parts += [""] * (len(SETTING_NAMES) - len(parts))
        return Preferences(
            *(
                part if part in allowed else default
                for part, allowed, default in zip(parts, self._allowed, self.defaults, strict=False)
            )
        )

    def serialize_cookie(self, preferences: Preferences) -> str:
        """The cookie value for ``preferences`` (ASCII, at most 64 bytes)."""
        return COOKIE_SEPARATOR.join((COOKIE_VERSION, *preferences))
