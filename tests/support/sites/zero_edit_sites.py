"""Host sites whose templates a11y_kit may not edit, and the Bootstrap-Flask recipe.

Each serves one page with a paragraph of text at ``/``.
"""

from __future__ import annotations

from pathlib import Path

from flask import Flask, render_template, render_template_string
from flask_appbuilder import AppBuilder
from flask_appbuilder.models.sqla.base import SQLA
from flask_bootstrap import Bootstrap5
from jinja2 import ChoiceLoader, DictLoader, FileSystemLoader

from a11y_kit import A11yKit

RECIPES = Path(__file__).resolve().parents[3] / "docs" / "recipes"

#: A base template as some apps write it: no ``<html>``, ``<head>`` or ``<body>`` tags.
UNTAGGED_PAGE = """<!doctype html>
<meta charset="utf-8">
<title>Opening hours</title>
<main>
  <h1>Opening hours</h1>
  <p>The district library is open on Sundays from ten to four.</p>
</main>"""

BOOTSTRAP_FLASK_PAGE = """{% extends "base.html" %}
{% block title %}Opening hours{% endblock %}
{% block content %}<h1>Opening hours</h1>
<p>The district library is open on Sundays from ten to four.</p>{% endblock %}"""


def create_untagged_app() -> Flask:
    """A page with no ``<html>``/``<head>``/``<body>`` tags and no a11y calls: injected."""
    app = Flask(__name__)
    app.config["A11Y_INJECT"] = True
    A11yKit(app)
    app.add_url_rule("/", "page", lambda: render_template_string(UNTAGGED_PAGE))
    return app


def create_appbuilder_app() -> Flask:
    """Flask-AppBuilder's own index page, its templates untouched, with ``A11Y_INJECT``."""
    app = Flask(__name__)
    app.config.update(SECRET_KEY="appbuilder", SQLALCHEMY_DATABASE_URI="sqlite://")
    app.config["A11Y_INJECT"] = True
    database = SQLA()
    database.init_app(app)
    with app.app_context():
        AppBuilder(app, database.session)
        database.create_all()
    A11yKit(app)
    return app


def create_bootstrap_flask_app() -> Flask:
    """Bootstrap-Flask with the README's base template (``docs/recipes/bootstrap-flask``)."""
    app = Flask(__name__)
    app.config["BOOTSTRAP_SERVE_LOCAL"] = True
    app.jinja_loader = ChoiceLoader(
        [
            FileSystemLoader(RECIPES / "bootstrap-flask"),
            DictLoader({"page.html": BOOTSTRAP_FLASK_PAGE}),
        ]
    )
    Bootstrap5(app)
    A11yKit(app)
    app.add_url_rule(
        "/", "page", lambda: render_template("page.html", site_name="District library")
    )
    return app
