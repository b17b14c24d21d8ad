"""A host page holding one of everything a preference can change: text, a heading, a link, an
image, a frame and a video; every size the stylesheet knows is offered."""

from __future__ import annotations

from typing import Any

from flask import Flask, Response, render_template_string

from a11y_kit import A11yKit
from a11y_kit.preferences import SUPPORTED_SIZES

CONTENT_PAGE = """<!doctype html>
<html lang="en" {{ a11y.html_attrs() }}>
<head><meta charset="utf-8"><title>Content</title>{{ a11y.head() }}</head>
<body>{{ a11y.toolbar() }}{{ a11y.switch() }}
<main>
  <h1>District news</h1>
  <p class="text">The district library is open on Sundays from ten to four.</p>
  <p><a href="/">All district news</a></p>
  <img src="{{ url_for('square') }}" alt="A red square" width="40" height="30">
  <iframe src="about:blank" title="Map of the district" width="200" height="100"></iframe>
  <video width="200" height="100" title="Opening of the library"></video>
</main>
</body></html>"""


SQUARE = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30">'
    '<rect width="40" height="30" fill="#c33"/></svg>'
)


def create_content_app(**config: Any) -> Flask:
    """The content page at ``/``, offering every supported size (and ``config``)."""
    app = Flask(__name__)
    app.config["A11Y_SIZES"] = SUPPORTED_SIZES
    app.config.update(config)
    A11yKit(app)
    app.add_url_rule("/", "page", lambda: render_template_string(CONTENT_PAGE))
    app.add_url_rule("/square.svg", "square", lambda: Response(SQUARE, mimetype="image/svg+xml"))
    return app
