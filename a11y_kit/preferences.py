"""The preference model: settings, their allowed values, and the cookie format."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace

#: Sizes the stylesheet knows (percent of the visitor's browser font size).
SUPPORTED_SIZES: tuple[str, ...] = ("100", "125", "150", "175", "200", "250", "300")

COOKIE_VERSION = "1"
COOKIE_SEPARATOR = "-"
#: A cookie longer than this is ignored before it is parsed.
MAX_COOKIE_LENGTH = 128


@dataclass(frozen=True)
class Preferences:
    """One visitor's choices; every field holds an allowlisted token."""

    mode: str = "off"
    font: str = "sans"
    size: str = "100"
    spacing: str = "normal"
    line_height: str = "normal"
    scheme: str = "white"
    images: str = "on"

    @property
    def is_on(self) -> bool:
        """Whether the accessibility mode is switched on."""
        return self.mode == "on"


SETTING_NAMES: tuple[str, ...] = tuple(field.name for field in fields(Preferences))


@dataclass(frozen=True)
class PreferenceModel:
    """The allowed values of every setting; the first value is the default."""

    choices: Mapping[str, tuple[str, ...]]

    @classmethod
    def build(cls, sizes: tuple[str, ...] | None = None) -> PreferenceModel:
        """The built-in model, optionally with the site's own list of sizes."""
        size_values = tuple(str(size) for size in (sizes or SUPPORTED_SIZES[:5]))
        unknown = [size for size in size_values if size not in SUPPORTED_SIZES]
        if unknown:
            raise ValueError(
                f"A11Y_SIZES has unsupported sizes {unknown}; choose from {SUPPORTED_SIZES}"
            )
        return cls(
            choices={
                "mode": ("off", "on"),
                "font": ("sans", "serif"),
                "size": size_values,
                "spacing": ("normal", "wide", "wider"),
                "line_height": ("normal", "1.5", "2"),
                "scheme": ("white", "black", "blue", "beige", "brown"),
                "images": ("on", "off", "grayscale"),
            }
        )

    @property
    def defaults(self) -> Preferences:
        """Preferences with every setting at its default."""
        return Preferences(**{name: values[0] for name, values in self.choices.items()})

    def is_allowed(self, name: str, value: str) -> bool:
        """Whether ``value`` is an allowed token for setting ``name``."""
        return value in self.choices.get(name, ())

    def parse_cookie(self, raw: str | None) -> Preferences:
        """Read a cookie value; unknown or malformed parts fall back to defaults."""
        defaults = self.defaults
        if not raw or len(raw) > MAX_COOKIE_LENGTH:
            return defaults
        version, _, rest = raw.partition(COOKIE_SEPARATOR)
        if version != COOKIE_VERSION:
            return defaults
        parts = rest.split(COOKIE_SEPARATOR, len(SETTING_NAMES))
        pairs = zip(SETTING_NAMES, parts, strict=False)
        chosen = {name: part for name, part in pairs if self.is_allowed(name, part)}
        return replace(defaults, **chosen)

    def serialize_cookie(self, preferences: Preferences) -> str:
        """The cookie value for ``preferences`` (ASCII, at most 64 bytes)."""
        values = (getattr(preferences, name) for name in SETTING_NAMES)
        return COOKIE_SEPARATOR.join((COOKIE_VERSION, *values))
