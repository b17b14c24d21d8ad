"""A cache of rewritten pages bounded in bytes, not in entries."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from threading import Lock


class RememberedPages:
    """The most recently used results, at most ``max_bytes`` of keys' pages and results.

    An entry costs the bytes of the page it was made from plus those of its result; the least
    recently used entries go first when a new one would not fit.
    """

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.bytes = 0
        self._entries: OrderedDict[Hashable, tuple[bytes | None, int]] = OrderedDict()
        self._lock = Lock()

    def get(self, key: Hashable) -> tuple[bool, bytes | None]:
        """``(True, result)`` for a remembered key, else ``(False, None)``."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return False, None
            self._entries.move_to_end(key)
            return True, entry[0]

    def put(self, key: Hashable, page_bytes: int, result: bytes | None) -> None:
        """Remember ``result`` for ``key``, whose page was ``page_bytes`` long."""
        cost = page_bytes + (len(result) if result is not None else 0)
        if cost > self.max_bytes:
            return
        with self._lock:
            if key in self._entries:
                return
            while self.bytes + cost > self.max_bytes:
                _, (_, dropped) = self._entries.popitem(last=False)
                self.bytes -= dropped
            self._entries[key] = (result, cost)
            self.bytes += cost

    def clear(self) -> None:
        """Forget every entry."""
        with self._lock:
            self._entries.clear()
            self.bytes = 0
