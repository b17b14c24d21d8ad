"""The demo under Flask-WTF's ``CSRFProtect`` and Flask-Compress, with the pages that are risky
behind a page cache: streamed and Flask-WTF form pages.

``gunicorn 'tests.support.sites.cached_site:create_app()'`` serves it behind nginx.
"""

from __future__ import annotations

from typing import Any

from flask import Flask, abort, render_template_string, stream_template
from flask_compress import Compress
from flask_wtf import FlaskForm
from flask_wtf.csrf import CSRFProtect
from wtforms import StringField

from examples.news import create_app as create_demo_app
from examples.news.articles import find_article

CONTACT_PAGE = """<!doctype html>
<html lang="en" {{ a11y.html_attrs() }}><head><title>Write to us</title>{{ a11y.head() }}</head>
<body>{{ a11y.toolbar() }}{{ a11y.switch() }}
<main><form method="post">{{ form.csrf_token }}{{ form.message.label }} {{ form.message }}</form>
</main></body></html>"""


class ContactForm(FlaskForm):
    """A form with Flask-WTF's per-visitor token."""

    message = StringField("Message")


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """The demo plus ``/stream/<slug>`` (``stream_template``) and ``/contact`` (a FlaskForm)."""
    app = create_demo_app({"SECRET_KEY": "test only", **(config or {})})
    CSRFProtect(app)
    Compress(app)

    @app.get("/stream/<slug>")
    def streamed_article(slug: str):
        article = find_article(slug)
        if article is None:
            abort(404)
        return stream_template("article.html", article=article)

    @app.get("/contact")
    def contact() -> str:
        return render_template_string(CONTACT_PAGE, form=ContactForm())

    return app
