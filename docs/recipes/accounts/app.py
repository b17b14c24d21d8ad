"""The signed-in sync recipe: Flask-Login and Flask-SQLAlchemy on SQLite.

A column on the user table holds a11y_kit's value (at most 64 ASCII characters); nothing is
written to it unless the visitor presses "Remember on my account". An existing database needs
the column once: ``ALTER TABLE user ADD COLUMN a11y_preferences VARCHAR(64)`` (with Alembic or
Flask-Migrate: ``op.add_column("user", sa.Column("a11y_preferences", sa.String(64)))``).

``flask --app docs/recipes/accounts/app.py run``; sign in at ``/login?name=anna``.
"""

from __future__ import annotations

from pathlib import Path
from tempfile import gettempdir
from typing import Any

from flask import Flask, redirect, render_template_string, request
from flask_login import LoginManager, UserMixin, current_user, login_user, logout_user
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from a11y_kit import A11yKit


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class User(db.Model, UserMixin):
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    #: a11y_kit's preferences, only when the visitor asked to keep them on their account.
    a11y_preferences: Mapped[str | None] = mapped_column(String(64))


class UserPreferences:
    """a11y_kit's ``AccountStore`` on the signed-in ``User``."""

    def signed_in(self) -> bool:
        return current_user.is_authenticated

    def load(self) -> str | None:
        return current_user.a11y_preferences

    def save(self, value: str | None) -> None:
        current_user.a11y_preferences = value
        db.session.commit()


PAGE = """<!doctype html>
<html lang="en" {{ a11y.html_attrs() }}>
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Account</title>{{ a11y.head() }}</head>
<body>{{ a11y.toolbar() }}
<header>{{ a11y.switch() }}
{% if current_user.is_authenticated %}<p>Signed in as {{ current_user.name }}.
<a href="/logout">Sign out</a></p>{% else %}<p><a href="/login?name=anna">Sign in</a></p>{% endif %}
</header>
<main id="content"><h1>Your account</h1><p>Meter readings are due by the 25th.</p></main>
</body></html>"""


def create_app(config: dict[str, Any] | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(
        {
            "SECRET_KEY": "recipe only: set your own",
            # Your database; the recipe's own file goes to the system's temporary folder.
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{Path(gettempdir()) / 'a11y_accounts.db'}",
            **(config or {}),
        }
    )
    db.init_app(app)
    login = LoginManager(app)
    login.user_loader(lambda user_id: db.session.get(User, int(user_id)))
    A11yKit(app, accounts=UserPreferences())
    with app.app_context():
        db.create_all()

    @app.get("/")
    def home() -> str:
        return render_template_string(PAGE)

    @app.get("/login")
    def login_page() -> Any:
        name = request.args.get("name", "anna")[:80]
        user = db.session.scalar(db.select(User).filter_by(name=name))
        if user is None:
            user = User(name=name)
            db.session.add(user)
            db.session.commit()
        login_user(user)
        return redirect("/")

    @app.get("/logout")
    def logout() -> Any:
        logout_user()
        return redirect("/")

    return app
