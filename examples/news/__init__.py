"""Demo: a district executive committee's news site using a11y_kit."""

from __future__ import annotations

from typing import Any

from flask import Flask, abort, render_template

from a11y_kit import A11yKit

from .articles import find_article, newest_first

SITE_NAME = "Lakeside District Executive Committee"


def register_pages(app: Flask) -> None:
    """The site's own pages: home, the news list and one page per article."""

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
        return render_template("article.html", article=found)


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """The demo app; ``config`` overrides settings (tests use it)."""
    app = Flask(__name__)
    app.config.update(config or {})
    A11yKit(app)
    register_pages(app)
    return app
