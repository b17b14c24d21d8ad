"""A visitor's preferences, and the values a site offers for each."""

from __future__ import annotations

import keyword
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from ..rewriting import PageRewrite
from .cookie import MAX_COOKIE_LENGTH, OUTSIDE_KEYS, CookieFormat
from .declaration import Preference
from .registry import DEFAULT_SIZES, REGISTRY, SIZE

#: The two settings outside the registry: the mode itself, and whether "Settings" is open.
MODE_VALUES = ("off", "on")
PANEL_VALUES = ("closed", "open")


def setting_names(registry: Iterable[Preference]) -> tuple[str, ...]:
    """``mode``, every preference's name in order, ``panel``."""
    return ("mode", *(p.name for p in registry), "panel")


SETTING_NAMES: tuple[str, ...] = setting_names(REGISTRY)


def _fields_of(registry: tuple[Preference, ...]) -> Any:
    """A named tuple of a string per setting, each defaulting to its first value."""
    fields: Any = NamedTuple("_Fields", [(name, str) for name in setting_names(registry)])  # type: ignore[misc]
    fields.__new__.__defaults__ = (
        MODE_VALUES[0],
        *(preference.values[0] for preference in registry),
        PANEL_VALUES[0],
    )
    return fields


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
    _Fields = _fields_of(REGISTRY)


class _Mode:
    __slots__ = ()
    mode: str

    @property
    def is_on(self) -> bool:
        """Whether the accessibility mode is switched on."""
        return self.mode == "on"


class Preferences(_Fields, _Mode):
    """One visitor's choices: ``mode``, one field per registered preference, ``panel``."""

    __slots__ = ()


def _preferences_type(registry: tuple[Preference, ...]) -> type[Preferences]:
    """``Preferences`` for the built-in registry; for a site's own, a tuple of its fields."""
    if registry == REGISTRY:
        return Preferences
    made = type("Preferences", (_fields_of(registry), _Mode), {"__slots__": ()})
    return cast(type[Preferences], made)


def checked_registry(own: Iterable[object]) -> tuple[Preference, ...]:
    """The built-in preferences and a site's own (``A11Y_PREFERENCES``): each one a
    ``Preference`` with a new name and cookie key, shipped in the site stylesheet."""
    registry = list(REGISTRY)
    taken_keys = {p.key for p in registry} | set(OUTSIDE_KEYS.values())
    taken_names = {p.name for p in registry} | set(OUTSIDE_KEYS)
    for preference in own:
        if not isinstance(preference, Preference):
            raise TypeError(f"A11Y_PREFERENCES: {preference!r} is not an a11y_kit.Preference")
        name, key = preference.name, preference.key
        if not name.isidentifier() or keyword.iskeyword(name) or name.startswith("_"):
            raise ValueError(f"A11Y_PREFERENCES: {name!r} is not a Python identifier")
        if name in taken_names or len(key) != 1 or not key.isalpha() or key in taken_keys:
            raise ValueError(
                f"A11Y_PREFERENCES: {name!r} needs a new name and a new one-letter cookie key "
                f"(taken: {sorted(taken_names)}, {sorted(taken_keys)})"
            )
        if preference.loaded_when_chosen or preference.script or preference.site_configurable:
            raise ValueError(
                f"A11Y_PREFERENCES: {name!r}: a site's preference ships its CSS in the site "
                "stylesheet (no script, not loaded when chosen, not site-configurable)"
            )
        taken_names.add(name)
        taken_keys.add(key)
        registry.append(preference)
    return tuple(registry)


class PreferenceModel:
    """The preferences of one site and the allowed values of every setting; the first value
    is the default."""

    def __init__(
        self,
        choices: Mapping[str, tuple[str, ...]],
        registry: tuple[Preference, ...] = REGISTRY,
    ) -> None:
        self.registry = registry
        self.by_name = {preference.name: preference for preference in registry}
        self.setting_names = setting_names(registry)
        self.choices: Mapping[str, tuple[str, ...]] = choices
        self.preferences_type = _preferences_type(registry)
        self.defaults = self.preferences_type(*(choices[name][0] for name in self.setting_names))
        self._cookie = CookieFormat(registry)
        configurable = {p.name for p in registry if p.site_configurable}
        #: Defaults no site can change: a cookie leaves such a setting out while it holds one.
        self._fixed_defaults = {
            name: choices[name][0] for name in self.setting_names if name not in configurable
        }
        #: What the server changes in a page, by ``(setting, value)``.
        self._rewrites = {
            (preference.name, choice.value): choice.rewrites
            for preference in registry
            for choice in preference.choices
            if choice.rewrites
        }
        #: Cookie values seen before, parsed once (bounded: a tampered value costs one entry).
        self._parsed = lru_cache(maxsize=4096)(self._allowed_settings)
        self.page_rewrites = lru_cache(maxsize=1024)(self._page_rewrites)

    @classmethod
    def build(
        cls,
        sizes: tuple[str, ...] | None = None,
        schemes: tuple[str, ...] | None = None,
        own: Iterable[object] = (),
    ) -> PreferenceModel:
        """The registry's values, optionally with the site's own sizes, scheme names and
        preferences."""
        size_values = tuple(str(size) for size in (sizes or DEFAULT_SIZES))
        unknown = [size for size in size_values if size not in SIZE.values]
        if unknown:
            raise ValueError(
                f"A11Y_SIZES has unsupported sizes {unknown}; choose from {SIZE.values}"
            )
        registry = checked_registry(own)
        choices = {"mode": MODE_VALUES, **{p.name: p.values for p in registry}}
        choices |= {"size": size_values, "panel": PANEL_VALUES}
        if schemes:
            choices["scheme"] = schemes
        return cls(choices, registry)

    @property
    def attribute_names(self) -> tuple[str, ...]:
        """The ``<html>`` attribute of every setting, in the order of the settings."""
        return ("data-a11y-mode", *(p.attribute for p in self.registry), "data-a11y-panel")

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
        stored = self._cookie.stored_settings(raw)
        return self.defaults._replace(
            **{name: value for name, value in stored.items() if self.is_allowed(name, value)}
        )

    def serialize_cookie(self, preferences: Preferences) -> str:
        """The cookie value for ``preferences`` (ASCII, version 2, at most 64 bytes): every
        setting a site can configure, and every other one that is not at its default."""
        fixed = self._fixed_defaults
        return self._cookie.serialize(
            (name, value)
            for name, value in zip(self.setting_names, preferences, strict=True)
            if fixed.get(name) != value
        )

    def _page_rewrites(self, preferences: Preferences) -> tuple[PageRewrite, ...]:
        """What the visitor's choices change in the page's HTML (alt text when images are
        off…), each rewrite once; nothing outside the mode."""
        if not preferences.is_on:
            return ()
        chosen = (
            self._rewrites.get((preference.name, getattr(preferences, preference.name)), ())
            for preference in self.registry
        )
        return tuple(dict.fromkeys(rewrite for rewrites in chosen for rewrite in rewrites))
