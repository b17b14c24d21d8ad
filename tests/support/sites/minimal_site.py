"""A host site using only the README's three template lines, optionally with px-based CSS.

Run as a script it serves itself on 127.0.0.1 and prints its URL (the installed-wheel tests).
"""

from __future__ import annotations

import sys
from typing import Any

from flask import Flask, Response, render_template_string

from a11y_kit import A11yKit

PAGE = """<!doctype html>
<html lang="en" {{ a11y.html_attrs() }}>
<head>
  <meta charset="utf-8">
  <title>{{ title }}</title>
  {% if px_css %}<link rel="stylesheet" href="/px.css">{% endif %}
  {{ a11y.head() }}
</head>
<body>
  {{ a11y.toolbar() }}
  <header class="topbar"><p>Committee of the district</p>{{ a11y.switch() }}</header>
  <div class="layout">
    <main class="content">
      <h1>{{ title }}</h1>
      <p class="article">The committee meets on Tuesdays; residents may attend.</p>
      <div class="notice"><p>Reception is closed on public holidays.</p></div>
      <a href="{{ other }}">{{ other_label }}</a>
      <ul class="documents">
        {% for number in range(1, 13) %}
        <li><a href="/#document-{{ number }}">Decision No. {{ number }}</a></li>
        {% endfor %}
      </ul>
    </main>
    <aside class="sidebar"><p>Useful links</p></aside>
  </div>
</body>
</html>
"""

#: A typical fixed-width, px-sized site with coloured boxes.
PX_CSS = """
body { margin: 0; font: 13px/17px Tahoma, sans-serif; color: #444; background: #dde4ea; }
.topbar { position: sticky; top: 0; height: 40px; background: #2b5f8e; color: #fff; }
.layout { width: 980px; margin: 0 auto; overflow: hidden; }
.content { float: left; width: 700px; background: #fff; padding: 10px; }
.sidebar { float: right; width: 240px; height: 120px; background: #2b5f8e; color: #fff; }
.article { font-size: 12px; line-height: 15px; letter-spacing: -0.2px; color: #555; }
.notice { background: #ffe9a8; border: 2px solid #e0a800; padding: 6px;
          animation: pulse 2s infinite; transition: background 1s; }
@keyframes pulse { 50% { opacity: 0.6; } }
.notice p { font-size: 11px; color: #7a5b00; }
h1 { font-size: 18px; color: #2b5f8e; }
"""


def create_app(px_css: bool = False, config: dict[str, Any] | None = None) -> Flask:
    """Two pages (``/`` and ``/other``) that link to each other."""
    app = Flask(__name__)
    app.config.update(config or {})
    A11yKit(app)

    def page(title: str, other: str, other_label: str) -> str:
        return render_template_string(
            PAGE, title=title, other=other, other_label=other_label, px_css=px_css
        )

    @app.get("/")
    def first() -> str:
        return page("Committee news", "/other", "Other page")

    @app.get("/other")
    def second() -> str:
        return page("Other page", "/", "Committee news")

    @app.get("/px.css")
    def stylesheet() -> Response:
        return Response(PX_CSS, mimetype="text/css")

    return app


if __name__ == "__main__":
    from werkzeug.serving import make_server

    import a11y_kit

    server = make_server("127.0.0.1", 0, create_app(px_css="--px" in sys.argv), threaded=True)
    print(f"http://127.0.0.1:{server.server_port} {a11y_kit.__file__}", flush=True)
    server.serve_forever()
