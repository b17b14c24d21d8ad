"""The cookie format. Version 2 names each setting by its key (``2-mon-fserif-s150-…``), so
adding, removing or reordering preferences never changes what a stored cookie means; version 1
(positional) is still read."""

from __future__ import annotations

from collections.abc import Iterable

from .registry import REGISTRY

VERSION = "2"
SEPARATOR = "-"
#: A cookie longer than this is ignored before it is parsed.
MAX_COOKIE_LENGTH = 128
#: The cookie keys of every setting: the registry's, and the two kept outside it.
KEYS: dict[str, str] = {
    "mode": "m",
    **{preference.name: preference.key for preference in REGISTRY},
    "panel": "p",
}
_NAMES_BY_KEY = {key: name for name, key in KEYS.items()}
#: Values the cookie spells otherwise, by setting: ``{"images": {"grayscale": "g"}}``…
_TOKENS = {p.name: {c.value: c.token for c in p.choices if c.token} for p in REGISTRY}
#: …and back (a value spelt as itself is read too).
_VALUES = {
    name: {token: value for value, token in tokens.items()} for name, tokens in _TOKENS.items()
}
if len(_NAMES_BY_KEY) != len(KEYS):
    raise ValueError(f"Two settings share a cookie key: {KEYS}")
#: Version 1 was positional: these settings, in this order (a stored format: never change it).
VERSION_1_FIELDS = ("mode", "font", "size", "spacing", "line_height", "scheme", "images", "panel")


def serialize(settings: Iterable[tuple[str, str]]) -> str:
    """A version-2 cookie value holding every ``(name, value)``."""
    return VERSION + "".join(
        f"{SEPARATOR}{KEYS[name]}{_TOKENS.get(name, {}).get(value, value)}"
        for name, value in settings
    )


def stored_settings(raw: str) -> dict[str, str]:
    """The ``{name: value}`` pairs a cookie of either version holds, unchecked (empty if none);
    the caller has already refused a value longer than ``MAX_COOKIE_LENGTH``."""
    version, _, rest = raw.partition(SEPARATOR)
    parts = rest.split(SEPARATOR)
    if version == VERSION:
        stored = ((_NAMES_BY_KEY[part[0]], part[1:]) for part in parts if part[:1] in _NAMES_BY_KEY)
        return {name: _VALUES.get(name, {}).get(value, value) for name, value in stored}
    if version == "1":
        return dict(zip(VERSION_1_FIELDS, parts, strict=False))
    return {}
