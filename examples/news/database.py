"""The demo's news index in SQLite, queried on every page as a real news site would."""

from __future__ import annotations

import itertools
import sqlite3
import threading
from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

from .articles import ARTICLES

_SCHEMA = "CREATE TABLE news (slug TEXT PRIMARY KEY, title TEXT NOT NULL, published TEXT NOT NULL)"
_LATEST = "SELECT slug, title, published FROM news ORDER BY published DESC, slug LIMIT ?"
_names = itertools.count()


class Headline(NamedTuple):
    """One row of the news index."""

    slug: str
    title: str
    published: date


class MemoryDatabase:
    """An in-memory SQLite database made from ``schema`` and ``rows`` (for ``insert``), kept as
    long as this object; one connection per thread, as a connection pool gives a web server's
    workers."""

    def __init__(
        self, name: str, schema: Iterable[str], insert: str, rows: Iterable[tuple[str, ...]]
    ) -> None:
        self._uri = f"file:{name}-{next(_names)}?mode=memory&cache=shared"
        self._keeper = self._connect()  # the database lives as long as one connection does
        with self._keeper:
            for statement in schema:
                self._keeper.execute(statement)
            self._keeper.executemany(insert, rows)
        self._local = threading.local()

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self._uri, uri=True, check_same_thread=False)

    def connection(self) -> sqlite3.Connection:
        """This thread's connection."""
        connection = getattr(self._local, "connection", None)
        if connection is None:
            connection = self._local.connection = self._connect()
        return connection


class NewsIndex(MemoryDatabase):
    """The news index, seeded with the articles."""

    def __init__(self) -> None:
        super().__init__(
            "news",
            [_SCHEMA],
            "INSERT INTO news VALUES (?, ?, ?)",
            [(item.slug, item.title, item.published.isoformat()) for item in ARTICLES],
        )

    def latest(self, count: int) -> list[Headline]:
        """The ``count`` most recent headlines."""
        rows = self.connection().execute(_LATEST, (count,)).fetchall()
        return [Headline(slug, title, date.fromisoformat(day)) for slug, title, day in rows]
