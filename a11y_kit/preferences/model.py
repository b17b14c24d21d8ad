"""A visitor's preferences, and the values a site offers for each."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from ..rewriting import PageRewrite
from .cookie import MAX_COOKIE_LENGTH, serialize, stored_settings
from .registry import DEFAULT_SIZES, PAGE_REWRITES, REGISTRY, SIZE

#: The two settings outside the registry: the mode itself, and whether "Settings" is open.
MODE_VALUES = ("off", "on")
PANEL_VALUES = ("closed", "open")
SETTING_NAMES: tuple[str, ...] = ("mode", *(p.name for p in REGISTRY), "panel")
SITE_CONFIGURABLE = frozenset(p.name for p in REGISTRY if p.site_configurable)

if TYPE_CHECKING:
    from typing import Self

    class _Fields(tuple[str, ...]):
        """What type checkers see of the tuple the registry builds: a string per setting."""

        _fields: tuple[str, ...]

        def __new__(cls, *values: str, **named: str) -> Self: ...
        def __getattr__(self, name: str) -> str: ...
        def _replace(self, **changes: str) -> Self: ...
        def _asdict(self) -> dict[str, str]: ...

else:
    _Fields = NamedTuple("_Fields", [(name, str) for name in SETTING_NAMES])
    _Fields.__new__.__defaults__ = (
        MODE_VALUES[0],
        *(preference.values[0] for preference in REGISTRY),
        PANEL_VALUES[0],
    )


class Preferences(_Fields):
    """One visitor's choices: ``mode``, one field per registered preference, ``panel``."""

    __slots__ = ()

    @property
    def is_on(self) -> bool:
        """Whether the accessibility mode is switched on."""
        return self.mode == "on"


class PreferenceModel:
    """The allowed values of every setting; the first value is the default."""

    def __init__(self, choices: Mapping[str, tuple[str, ...]]) -> None:
        self.choices: Mapping[str, tuple[str, ...]] = choices
        self.defaults = Preferences(*(choices[name][0] for name in SETTING_NAMES))
        #: Defaults no site can change: a cookie leaves such a setting out while it holds one.
        self._fixed_defaults = {
            name: choices[name][0] for name in SETTING_NAMES if name not in SITE_CONFIGURABLE
        }
        #: Cookie values seen before, parsed once (bounded: a tampered value costs one entry).
        self._parsed = lru_cache(maxsize=4096)(self._allowed_settings)

    @classmethod
    def build(
        cls, sizes: tuple[str, ...] | None = None, schemes: tuple[str, ...] | None = None
    ) -> PreferenceModel:
        """The registry's values, optionally with the site's own sizes and scheme names."""
        size_values = tuple(str(size) for size in (sizes or DEFAULT_SIZES))
        unknown = [size for size in size_values if size not in SIZE.values]
        if unknown:
            raise ValueError(
                f"A11Y_SIZES has unsupported sizes {unknown}; choose from {SIZE.values}"
            )
        choices = {"mode": MODE_VALUES, **{p.name: p.values for p in REGISTRY}}
        choices |= {"size": size_values, "panel": PANEL_VALUES}
        if schemes:
            choices["scheme"] = schemes
        return cls(choices)

    def cookie_for(self, **settings: str) -> str:
        """The cookie value of a visitor with ``settings`` (``mode`` is ``"on"`` unless given),
        the rest at their defaults; an unknown setting or value raises ``ValueError``."""
        settings = {"mode": "on", **settings}
        for name, value in settings.items():
            if not self.is_allowed(name, value):
                raise ValueError(f"{value!r} is not a value of the setting {name!r}")
        return self.serialize_cookie(self.defaults._replace(**settings))

    def is_allowed(self, name: str, value: str) -> bool:
        """Whether ``value`` is an allowed token for setting ``name``."""
        return value in self.choices.get(name, ())

    def parse_cookie(self, raw: str | None) -> Preferences:
        """Read a cookie value of any version; unknown or malformed parts fall back to defaults."""
        if not raw or len(raw) > MAX_COOKIE_LENGTH:
            return self.defaults
        return self._parsed(raw)

    def _allowed_settings(self, raw: str) -> Preferences:
        stored = stored_settings(raw)
        return self.defaults._replace(
            **{name: value for name, value in stored.items() if self.is_allowed(name, value)}
        )

    def serialize_cookie(self, preferences: Preferences) -> str:
        """The cookie value for ``preferences`` (ASCII, version 2, at most 64 bytes): every
        setting a site can configure, and every other one that is not at its default."""
        fixed = self._fixed_defaults
        return serialize(
            (name, value)
            for name, value in zip(SETTING_NAMES, preferences, strict=True)
            if fixed.get(name) != value
        )


@lru_cache(maxsize=1024)
def page_rewrites(preferences: Preferences) -> tuple[PageRewrite, ...]:
    """What the visitor's choices change in the page's HTML (alt text when images are off…),
    each rewrite once; nothing outside the mode."""
    if not preferences.is_on:
        return ()
    chosen = (
        PAGE_REWRITES.get((preference.name, getattr(preferences, preference.name)), ())
        for preference in REGISTRY
    )
    return tuple(dict.fromkeys(rewrite for rewrites in chosen for rewrite in rewrites))
