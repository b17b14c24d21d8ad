"""The typical page the server-cost budget is set on (DESIGN.md): a SQLite query over a few
thousand news rows and a template of 20 items, in the demo's layout with its four part calls.

The demo's own pages are lighter (the article costs about 0.3 ms): this page is the archive a
news site of some years has, one page of 20 items of it.
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from typing import NamedTuple

from flask import Flask, render_template
from jinja2 import ChoiceLoader, DictLoader

from examples.news.database import MemoryDatabase

#: Rows in the archive, and items on one of its pages.
ARCHIVE_ROWS = 3000
PER_PAGE = 20
#: The page measured: one in the archive's middle.
TYPICAL_PATH = "/news/archive/7"

_SCHEMA = (
    "CREATE TABLE archive (slug TEXT PRIMARY KEY, title TEXT NOT NULL, "
    "published TEXT NOT NULL, summary TEXT NOT NULL)",
    "CREATE INDEX archive_published ON archive (published)",
)
_PAGE = (
    "SELECT slug, title, published, summary FROM archive "
    "ORDER BY published DESC, slug LIMIT ? OFFSET ?"
)
_COUNT = "SELECT count(*) FROM archive"

_SUBJECTS = (
    ("Roadworks on Mill Lane", "The lane is closed to cars between the bridge and the school"),
    ("Reception hours change", "The committee's reception opens an hour later on Mondays"),
    ("Library book exchange", "Residents bring books they have read and take others home"),
    ("Bus route 12 extended", "The route now reaches the new houses past the sports ground"),
    ("Spring clean-up day", "Volunteers gather at the park gates with gloves and rakes"),
    ("Heating season begins", "Radiators in schools and clinics are switched on this week"),
)

ARCHIVE_TEMPLATE = """{% extends "base.html" %}
{% block title %}News archive, page {{ page }}{% endblock %}
{% block breadcrumbs %}<li><a href="{{ url_for('news') }}">News</a></li>{% endblock %}
{% block content %}
<h1>News archive</h1>
<p>Page {{ page }} of {{ pages }}</p>
<ul class="archive">
{%- for item in items %}
  <li class="archive__item">
    <p><time datetime="{{ item.published.isoformat() }}">
      {{- item.published.strftime('%d.%m.%Y') }}</time></p>
    <h2><a href="{{ url_for('archived', slug=item.slug) }}">{{ item.title }}</a></h2>
    <p>{{ item.summary }}</p>
  </li>
{%- endfor %}
</ul>
<nav aria-label="Archive pages">
  {% if page > 1 %}<a href="{{ url_for('archive', page=page - 1) }}">Newer</a>{% endif %}
  {% if page < pages %}<a href="{{ url_for('archive', page=page + 1) }}">Older</a>{% endif %}
</nav>
{% endblock %}"""


class ArchivedItem(NamedTuple):
    """One row of the archive."""

    slug: str
    title: str
    published: date
    summary: str


def _rows() -> list[tuple[str, str, str, str]]:
    """``ARCHIVE_ROWS`` dated items, the newest first, a subject a day."""
    first = date(2026, 11, 30)
    subjects = itertools.cycle(_SUBJECTS)
    rows = []
    for number in range(ARCHIVE_ROWS):
        title, summary = next(subjects)
        day = first - timedelta(days=number)
        rows.append((f"item-{number}", f"{title} ({day:%B %Y})", day.isoformat(), f"{summary}."))
    return rows


class Archive(MemoryDatabase):
    """The archive, ``ARCHIVE_ROWS`` items in SQLite."""

    def __init__(self) -> None:
        super().__init__("archive", _SCHEMA, "INSERT INTO archive VALUES (?, ?, ?, ?)", _rows())

    def page(self, number: int) -> tuple[list[ArchivedItem], int]:
        """Page ``number`` (from 1) of the archive, and how many pages there are."""
        connection = self.connection()
        (count,) = connection.execute(_COUNT).fetchone()
        rows = connection.execute(_PAGE, (PER_PAGE, (number - 1) * PER_PAGE)).fetchall()
        items = [
            ArchivedItem(slug, title, date.fromisoformat(day), summary)
            for slug, title, day, summary in rows
        ]
        return items, -(-count // PER_PAGE)


def with_archive(app: Flask) -> Flask:
    """``app`` (the demo, with or without a11y_kit) with the archive's pages added."""
    archive, demo_templates = Archive(), app.jinja_env.loader
    assert demo_templates is not None
    app.jinja_env.loader = ChoiceLoader(
        [DictLoader({"archive.html": ARCHIVE_TEMPLATE}), demo_templates]
    )

    @app.get("/news/archive/<int:page>", endpoint="archive")
    def archive_page(page: int) -> str:
        items, pages = archive.page(page)
        return render_template("archive.html", items=items, page=page, pages=pages)

    app.add_url_rule("/news/archive/item/<slug>", "archived", lambda slug: slug)
    return app
