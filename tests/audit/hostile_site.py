"""Pages that used to crash or mislead ``flask a11y audit``: controls off the page, a page that
never finishes, a subresource that never does, error answers, redirects off the site."""

from __future__ import annotations

import time
from collections.abc import Iterator

from flask import Flask, Response, redirect, render_template_string
from markupsafe import Markup

from a11y_kit import A11yKit
from a11y_kit.page.settings import current_preferences

#: How long the hanging answers hang (bounded, so the server's threads end).
HANG_S = 20
OFF_THE_PAGE = """<!doctype html><html lang="en" {{ a11y.html_attrs() }}><head><title>Off</title>
{{ a11y.head() }}<link rel="stylesheet" href="/site.css"></head><body>{{ a11y.toolbar() }}
<nav class="collapsed"><a href="/" id="in-collapsed" aria-label="Home"><svg viewBox="0 0 8 8"
width="16" height="16"><rect width="8" height="8"/></svg></a></nav>
<a href="/" id="off-canvas" class="off-canvas" aria-label="Menu"><svg viewBox="0 0 8 8"
width="16" height="16"><rect width="8" height="8"/></svg></a>
<input type="checkbox" id="off-canvas-box" class="off-canvas" aria-label="Remember">
<main><h1>Controls off the page</h1>{{ extra }}</main></body></html>"""
#: A paragraph of a megabyte, one text node.
LONG_PARAGRAPH = "The council met again and again. " * 31_000
PLAIN_PAGE = """<!doctype html><html lang="en" {{ a11y.html_attrs() }}><head><title>Plain</title>
{{ a11y.head() }}</head><body>{{ a11y.toolbar() }}<main><h1>Plain</h1><p>Text.</p></main>
</body></html>"""
SITE_CSS = """.collapsed { height: 0; overflow: hidden; }
.off-canvas { position: absolute; left: -3000px; top: -3000px; }
.cards { display: flex; gap: 16px; max-width: 640px; } .card { flex: 1 1 0; min-width: 0; }
.card h2 { font-size: 48px; overflow-wrap: anywhere; }"""
#: Three cards in a row, their headings too large for them: the words split inside themselves,
#: though each would fit the row the cards share.
CARDS = Markup(
    '<div class="cards"><div class="card"><h2 id="computers">Computers</h2><p>For the library.'
    '</p></div><div class="card"><h2>Printers</h2><p>For schools.</p></div>'
    '<div class="card"><h2>Scanners</h2><p>For the archive.</p></div></div>'
)


#: A page a ``<meta>`` refresh sends to another host at once.
REFRESHED_AWAY = """<!doctype html><html lang="en"><head><title>Moved</title>
<meta http-equiv="refresh" content="0; url={{ other }}"></head><body><p>Moved.</p></body></html>"""


def _page(extra: str = "") -> str:
    return render_template_string(OFF_THE_PAGE, extra=extra)


def _hanging(first: str) -> Iterator[str]:
    yield first
    deadline = time.monotonic() + HANG_S
    while time.monotonic() < deadline:
        time.sleep(0.2)
        yield " "


def create_app() -> Flask:
    app = Flask(__name__)
    A11yKit(app)
    app.add_url_rule("/", "home", lambda: _page())
    app.add_url_rule("/site.css", "css", lambda: Response(SITE_CSS, mimetype="text/css"))
    app.add_url_rule(
        "/never",
        "never",
        lambda: Response(_hanging("<!doctype html><p>Loading"), mimetype="text/html"),
    )
    app.add_url_rule(
        "/hanging-image", "hanging_image", lambda: _page('<img src="/hang.png" alt="A photo">')
    )
    app.add_url_rule("/hang.png", "hang", lambda: Response(_hanging(""), mimetype="image/png"))
    app.add_url_rule("/error", "error", lambda: Response("Server error", status=500))

    @app.get("/error-with-images-off")
    def error_with_images_off() -> Response | str:
        if current_preferences().images == "off":
            return Response("<!doctype html><title>Error</title><p>Oops", status=500)
        return render_template_string(PLAIN_PAGE)

    app.add_url_rule(
        "/long", "long", lambda: _page(Markup("<p>") + LONG_PARAGRAPH + Markup("</p>"))
    )
    app.add_url_rule("/cards", "cards", lambda: _page(CARDS))
    app.add_url_rule("/away", "away", lambda: redirect("http://elsewhere.invalid/"))
    app.add_url_rule(
        "/away-to-a-host", "away_to_a_host", lambda: redirect(app.config["OTHER_HOST"])
    )
    app.add_url_rule(
        "/refreshed-away",
        "refreshed_away",
        lambda: render_template_string(REFRESHED_AWAY, other=app.config["OTHER_HOST"]),
    )

    app.add_url_rule("/moved", "moved", lambda: redirect("/"))
    return app
