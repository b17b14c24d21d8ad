"""Flask-Admin and Flask-AppBuilder, installed from PyPI and running with their own templates:
a model of district notices, its list with a filter applied, its create form (as a dialog in
Flask-Admin) and Flask-AppBuilder's sign-in page. a11y_kit is added with ``A11Y_INJECT``, the
way an owner adds it to templates they do not write.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from flask import Flask, Response
from flask_admin import Admin
from flask_admin.contrib.sqla import ModelView as AdminModelView
from flask_admin.theme import Bootstrap4Theme
from flask_appbuilder import AppBuilder
from flask_appbuilder import ModelView as BuilderModelView
from flask_appbuilder.models.sqla import Model as BuilderModel
from flask_appbuilder.models.sqla.base import SQLA
from flask_appbuilder.models.sqla.interface import SQLAInterface
from flask_babel import Babel
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import Boolean, Column, Date, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from a11y_kit import A11yKit

#: (title, category, published, public) of the notices both apps list.
NOTICES = [
    (f"{subject} — notice {number}", category, date(2026, 11, number), number % 3 != 0)
    for number, (subject, category) in enumerate(
        [
            ("Road repairs on Lake Lane", "Roads"),
            ("Reception hours of the housing department", "Housing"),
            ("Heating season in municipal buildings", "Housing"),
            ("Winter sports festival in the district park", "Culture"),
            ("Changes to bus route 12", "Transport"),
            ("Public hearing on the district plan", "Planning"),
            ("Vaccination days at the clinic", "Health"),
            ("Library open on Sundays", "Culture"),
            ("Snow removal schedule", "Roads"),
            ("Grants for small businesses", "Economy"),
        ],
        start=1,
    )
]
#: Opens Flask-Admin's own create dialog when the list is opened at ``#create``.
OPEN_THE_CREATE_DIALOG = """addEventListener("load", () => {
  if (location.hash === "#create") document.querySelector("a[title='Create New Record']").click();
});"""


class _Base(DeclarativeBase):
    pass


class Notice(_Base):
    """A notice as Flask-Admin lists it."""

    __tablename__ = "notice"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(50))
    published: Mapped[date] = mapped_column(Date)
    public: Mapped[bool] = mapped_column(Boolean)
    body: Mapped[str] = mapped_column(Text, default="")


class BuilderNotice(BuilderModel):
    """The same notice as Flask-AppBuilder lists it."""

    __tablename__ = "builder_notice"
    id = Column(Integer, primary_key=True)
    title = Column(String(200), nullable=False)
    category = Column(String(50), nullable=False)
    published = Column(Date, nullable=False)
    public = Column(Boolean, default=True)
    body = Column(Text, default="")


class NoticeAdmin(AdminModelView):
    """Flask-Admin's list with filters and a search, its forms in dialogs."""

    column_list = ("title", "category", "published", "public")
    column_filters = ("category", "published", "public")
    column_searchable_list = ("title",)
    create_modal = True
    edit_modal = True
    extra_js: ClassVar = ["/flask-admin/open-create.js"]


class NoticeBuilder(BuilderModelView):
    """Flask-AppBuilder's list with its search filters, and its add form."""

    datamodel = SQLAInterface(BuilderNotice)
    list_columns: ClassVar = ["title", "category", "published", "public"]
    search_columns: ClassVar = list_columns
    add_columns: ClassVar = [*list_columns, "body"]
    edit_columns: ClassVar = add_columns


def create_flask_admin_app() -> Flask:
    """Flask-Admin 2 on Bootstrap 4 at ``/admin/``; the notices at ``/admin/notice/``."""
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY="flask-admin", SQLALCHEMY_DATABASE_URI="sqlite://", A11Y_INJECT=True
    )
    Babel(app)  # Flask-Admin translates its forms through Flask-Babel when it is installed
    database = SQLAlchemy(model_class=_Base)
    database.init_app(app)
    admin = Admin(app, name="District notices", theme=Bootstrap4Theme())
    admin.add_view(NoticeAdmin(Notice, database))
    with app.app_context():
        database.create_all()
        database.session.add_all(
            Notice(title=title, category=category, published=published, public=public)
            for title, category, published, public in NOTICES
        )
        database.session.commit()
    app.add_url_rule(
        "/open-create.js",
        "open_create",
        lambda: Response(OPEN_THE_CREATE_DIALOG, mimetype="text/javascript"),
    )
    A11yKit(app)
    return app


def create_appbuilder_app() -> Flask:
    """Flask-AppBuilder 5 with its sign-in page at ``/login/`` and the notices at
    ``/noticebuilder/list/``; anonymous visitors have the Admin role, so lists need no login."""
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY="appbuilder",
        SQLALCHEMY_DATABASE_URI="sqlite://",
        AUTH_ROLE_PUBLIC="Admin",
        APP_NAME="District notices",
        A11Y_INJECT=True,
    )
    database = SQLA()
    database.init_app(app)
    with app.app_context():
        builder = AppBuilder(app, database.session)
        builder.add_view(NoticeBuilder, "Notices", category="Content")
        database.create_all()
        database.session.add_all(
            BuilderNotice(title=title, category=category, published=published, public=public)
            for title, category, published, public in NOTICES
        )
        database.session.commit()
    A11yKit(app)
    return app
