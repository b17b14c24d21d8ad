"""The smallest host: one page with the a11y blocks and whatever config a test needs."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask, render_template_string

from a11y_kit import A11yKit
from a11y_kit.audit.server import serving

#: The three template lines of the README, nothing else.
BARE_PAGE = """<html {{ a11y.html_attrs() }}><head>{{ a11y.head() }}</head>
<body>{{ a11y.toolbar() }}{{ a11y.switch() }}</body></html>"""


def create_bare_app(page: str = BARE_PAGE, **config: object) -> Flask:
    """A11yKit on a new app with ``config``, serving the template ``page`` at ``/``."""
    app = Flask(__name__)
    app.config.update(config)
    A11yKit(app)
    app.add_url_rule("/", "page", lambda: render_template_string(page))
    return app


def served_page(page: str) -> Any:
    """A module fixture: the address of a live server on 127.0.0.1 showing ``page`` at ``/``."""

    @pytest.fixture(scope="module")
    def address() -> Iterator[str]:
        with serving(create_bare_app(page)) as url:
            yield url

    return address
