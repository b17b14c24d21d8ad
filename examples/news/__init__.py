"""Demo: a district executive committee's news site using a11y_kit."""

from __future__ import annotations

from typing import Any

from flask import Flask, abort, render_template
from flask_talisman import Talisman

from a11y_kit import A11yKit

from .articles import find_article, newest_first
from .database import NewsIndex

SITE_NAME = "Lakeside District Executive Committee"
#: Headlines beside an article.
LATEST_COUNT = 5


def register_pages(app: Flask) -> None:
    """The site's own pages: home, the news list and one page per article (with the latest
    headlines, queried from the news index)."""
    index = NewsIndex()

    @app.context_processor
    def site_context() -> dict[str, str]:
        return {"site_name": SITE_NAME}

    @app.get("/")
    def home() -> str:
        return render_template("home.html", articles=newest_first()[:3])

    @app.get("/news/")
    def news() -> str:
        return render_template("news.html", articles=newest_first())

    @app.get("/news/<slug>")
    def article(slug: str) -> str:
        found = find_article(slug)
        if found is None:
            abort(404)
        return render_template("article.html", article=found, latest=index.latest(LATEST_COUNT))


#: A strict policy: everything from this site, nothing inline.
CONTENT_SECURITY_POLICY = {"default-src": "'self'"}


def protect(app: Flask) -> None:
    """Security headers with Flask-Talisman; plain HTTP so the demo runs on 127.0.0.1."""
    Talisman(
        app,
        content_security_policy=CONTENT_SECURITY_POLICY,
        force_https=False,
        session_cookie_secure=False,
    )


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """The demo app under a strict CSP; ``config`` overrides settings (tests use it)."""
    app = Flask(__name__)
    app.config.update(config or {})
    protect(app)
    A11yKit(app)
    register_pages(app)
    return app
