"""A small bounded cache for rendered fragments that depend only on their key."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

Value = TypeVar("Value")


class BoundedMemo(Generic[Value]):
    """Remembers up to ``max_entries`` values; when full it starts over (no unbounded growth)."""

    def __init__(self, max_entries: int = 4096) -> None:
        self._entries: dict[Hashable, Value] = {}
        self._max_entries = max_entries

    def get(self, key: Hashable, build: Callable[[], Value]) -> Value:
        """The value for ``key``, built once by ``build``."""
        try:
            return self._entries[key]
        except KeyError:
            pass
        value = build()
        if len(self._entries) >= self._max_entries:
            self._entries.clear()
        self._entries[key] = value
        return value
