"""The cookie format. Version 2 names each setting by its key (``2-mon-fserif-s150-…``), so
adding, removing or reordering preferences never changes what a stored cookie means; version 1
(positional) is still read."""

from __future__ import annotations

from collections.abc import Iterable

from .declaration import Preference

VERSION = "2"
SEPARATOR = "-"
#: A cookie longer than this is ignored before it is parsed.
MAX_COOKIE_LENGTH = 128
#: The keys of the two settings kept outside the registry.
OUTSIDE_KEYS = {"mode": "m", "panel": "p"}
#: Version 1 was positional: these settings, in this order (a stored format: never change it).
VERSION_1_FIELDS = ("mode", "font", "size", "spacing", "line_height", "scheme", "images", "panel")


class CookieFormat:
    """How one registry's settings are written into the cookie and read back."""

    def __init__(self, registry: Iterable[Preference]) -> None:
        preferences = tuple(registry)
        #: The cookie key of every setting: the registry's, and the two kept outside it.
        self.keys = {
            "mode": OUTSIDE_KEYS["mode"],
            **{preference.name: preference.key for preference in preferences},
            "panel": OUTSIDE_KEYS["panel"],
        }
        self._names_by_key = {key: name for name, key in self.keys.items()}
        if len(self._names_by_key) != len(self.keys):
            raise ValueError(f"Two settings share a cookie key: {self.keys}")
        #: Values the cookie spells otherwise, by setting: ``{"images": {"grayscale": "g"}}``…
        self._tokens = {
            p.name: {c.value: c.token for c in p.choices if c.token} for p in preferences
        }
        #: …and back (a value spelt as itself is read too).
        self._values = {
            name: {token: value for value, token in tokens.items()}
            for name, tokens in self._tokens.items()
        }

    def serialize(self, settings: Iterable[tuple[str, str]]) -> str:
        """A version-2 cookie value holding every ``(name, value)``."""
        return VERSION + "".join(
            f"{SEPARATOR}{self.keys[name]}{self._tokens.get(name, {}).get(value, value)}"
            for name, value in settings
        )

    def stored_settings(self, raw: str) -> dict[str, str]:
        """The ``{name: value}`` pairs a cookie of either version holds, unchecked (empty if
        none); the caller has already refused a value longer than ``MAX_COOKIE_LENGTH``."""
        version, _, rest = raw.partition(SEPARATOR)
        parts = rest.split(SEPARATOR)
        if version == VERSION:
            names = self._names_by_key
            stored = ((names[part[0]], part[1:]) for part in parts if part[:1] in names)
            return {name: self._values.get(name, {}).get(value, value) for name, value in stored}
        if version == "1":
            return dict(zip(VERSION_1_FIELDS, parts, strict=False))
        return {}
