"""A host site built to fail the audit: its own CSS defeats the mode where a11y_kit cannot win.

Each defect is an id rule with ``!important`` (an id outranks a11y_kit's selectors) or an icon
font not declared in ``A11Y_ICON_FONTS``. ``flask --app tests.audit.broken_site a11y audit``.
"""

from __future__ import annotations

from flask import Flask, Response, render_template_string

from a11y_kit import A11yKit

PAGE = """<!doctype html>
<html lang="en" {{ a11y.html_attrs() }}>
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Broken site</title><link rel="stylesheet" href="/broken.css">{{ a11y.head() }}</head>
<body>{{ a11y.toolbar() }}
<header>{{ a11y.switch() }}</header>
<main id="content">
  <h1 id="wide-title">District council of the lakeside villages and the forest settlements</h1>
  <p>Opening hours <span id="own-icon" class="own-icon" aria-hidden="true">&#xf015;</span></p>
  <form>
    <label for="search">Search</label> <input id="search" value="Lakeside">
    <label for="name">Name</label> <input id="name" placeholder="Your name">
    <input type="checkbox" id="agree" checked> <label for="agree">I agree</label>
  </form>
  <a id="avatar-link" href="/profile"><img src="/avatar.svg" width="40" height="40"></a>
  <a id="empty-link" href="/profile"></a>
</main></body></html>"""

CSS = """
@font-face { font-family: "OwnIcons"; src: local("Liberation Mono"); }
.own-icon { font-family: "OwnIcons"; }
#wide-title { white-space: nowrap !important; }
#search { height: 10px !important; }
#name::placeholder { color: #dddddd !important; }
#agree { appearance: none !important; width: 20px !important; height: 20px !important;
         border: 0 !important; background: #777 url("/avatar.svg") !important; }
"""

AVATAR = """<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" viewBox="0 0 40 40">
<circle cx="20" cy="20" r="18" fill="#888"/></svg>"""


def create_app() -> Flask:
    """One page with six defects the mode cannot repair."""
    app = Flask(__name__)
    A11yKit(app)
    app.add_url_rule("/", "page", lambda: render_template_string(PAGE))
    app.add_url_rule("/broken.css", "css", lambda: Response(CSS, mimetype="text/css"))
    app.add_url_rule("/avatar.svg", "avatar", lambda: Response(AVATAR, mimetype="image/svg+xml"))
    return app


app = create_app()
