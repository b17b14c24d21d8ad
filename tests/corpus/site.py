"""The corpus: one Flask app serving a page per real framework, with a11y_kit on each, and
Flask-Admin and Flask-AppBuilder running beside it under ``/flask-admin`` and ``/fab``.

The framework files come from ``tests/corpus/node_modules`` (``npm ci`` in
``scripts/setup.sh --test``), served under ``/vendor/``; nothing of them is in the repository.
"""

from __future__ import annotations

import io
import math
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any

from flask import Flask, Response, abort, render_template, send_from_directory
from werkzeug.middleware.dispatcher import DispatcherMiddleware

from a11y_kit import A11yKit

HERE = Path(__file__).resolve().parent
NODE_MODULES = HERE / "node_modules"

#: Page name → what it is built on.
PAGES: dict[str, str] = {
    "bootstrap5": "Bootstrap 5.3 with Bootstrap Icons: navbar, forms, table, pagination",
    "bootstrap3": "Bootstrap 3.4 with Font Awesome 6 and Glyphicons: an admin list",
    "tables": "a quirks-mode table layout with Font Awesome 4 and plain images",
    "px": "a hand-written px site with Font Awesome 5, Material Icons and its own icon font",
    "govuk": "GOV.UK Frontend 5: header, breadcrumbs, checkboxes, radios, table, pagination",
    "bootstrap3_login": "Bootstrap 3.4 sign-in: navbar toggler, flag images, inputs with size",
    "small_app": "a rem-padded small app: flex cards, an absolutely placed banner, bare avatars",
    "tutorial": "the Flask tutorial's look: a flex nav holding the switch, posts",
    "kept": "a map-like element and an SVG chart marked data-a11y-keep, in a page of text",
    "bootstrap4_admin": "Bootstrap 4.6 admin list: fixed-top navbar with a dropdown and a "
    "size=30 search, tabs, a filter row, a wide table in its own scrolling box",
    "bootstrap4_dialog": "the same list with its create dialog open (a long modal form)",
    "bootstrap5_dashboard": "Bootstrap 5.3 dashboard: sticky-top header, offcanvas sidebar, "
    "dropdowns, cards, a floating-label sign-in",
    "bulma": "Bulma 1.0: fixed-top navbar with a hover dropdown, columns, fields, an open modal",
    "tailwind": "Tailwind 4's preflight: a fixed header, fields drawn by their fill alone",
    "foundation": "Foundation 6: top bar with a dropdown menu, grid, callout, an open dialog",
    "pure": "Pure 3: horizontal menu fixed at the top, an aligned form, responsive grid, table",
    "uikit": "UIkit 3: a fixed navbar, cards, stacked form, an open modal",
    "uswds": "USWDS 3: header with search, alert, form with custom radios and checkbox, table",
    "script_content": "a station card a script fills from a JSON answer after load: a photo "
    "with alt text, a map frame, a video",
    "motion": "Bootstrap 5.3 news that moves: a carousel, a marquee, an animated GIF, an "
    "autoplaying video, CSS animations and a transition, justified paragraphs",
}
#: Pages of the admin apps, installed from PyPI and running: name → (path, what it is).
APP_PAGES: dict[str, tuple[str, str]] = {
    "flask_admin_list": (
        "/flask-admin/admin/notice/?flt0_0=Roads#create",
        "Flask-Admin 2 on Bootstrap 4: a model's list with a filter applied and a search; "
        "with JavaScript, its create dialog open",
    ),
    "flask_admin_create": ("/flask-admin/admin/notice/new/", "Flask-Admin's create form"),
    "fab_login": ("/fab/login/", "Flask-AppBuilder 5's sign-in page"),
    "fab_list": (
        "/fab/noticebuilder/list/?_flt_0_category=Roads",
        "Flask-AppBuilder's list with a search filter applied",
    ),
    "fab_add": ("/fab/noticebuilder/add", "Flask-AppBuilder's add form"),
}
#: Every corpus page: name → its path on the corpus site.
PATHS: dict[str, str] = {
    **{name: f"/{name}" for name in PAGES},
    **{name: path for name, (path, _) in APP_PAGES.items()},
}
#: The px page's own icon font, declared to a11y_kit with ``A11Y_ICON_FONTS``.
SITE_ICON_FONT = "DistrictIcons"


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """``/<page>`` for every corpus page, ``/vendor/<path>`` for the framework files."""
    if not NODE_MODULES.is_dir():
        raise RuntimeError(f"No {NODE_MODULES}: run `npm ci --prefix tests/corpus`")
    app = Flask(__name__)
    app.config.update({"A11Y_ICON_FONTS": [SITE_ICON_FONT], **(config or {})})
    A11yKit(app)

    @app.get("/<name>")
    def page(name: str) -> str:
        if name not in PAGES:
            abort(404)
        if name == "motion":
            return moving_page(5)
        return render_template(f"{name}.html")

    @app.get("/motion/bootstrap<int:version>")
    def moving_page(version: int) -> str:
        if version not in MOVING_BOOTSTRAP:
            abort(404)
        return render_template("motion.html", bootstrap=version, **MOVING_BOOTSTRAP[version])

    app.add_url_rule("/motion.css", "motion_css", lambda: Response(MOVING, mimetype="text/css"))
    app.add_url_rule(
        "/waving-flag.gif", "gif", lambda: Response(waving_flag(), mimetype="image/gif")
    )
    app.add_url_rule("/bell.wav", "wav", lambda: Response(bell(), mimetype="audio/wav"))

    @app.get("/vendor/<path:filename>")
    def vendor(filename: str) -> Response:
        return send_from_directory(NODE_MODULES, filename)

    @app.get("/api/stations")
    def stations() -> dict[str, str]:
        return STATION

    app.add_url_rule("/map-frame", "map_frame", lambda: "<!doctype html><p>Lake Lane</p>")
    app.add_url_rule(
        "/script_content.js",
        "script_content",
        lambda: Response(FILL_THE_STATION, mimetype="text/javascript"),
    )

    for name, picture in (("photo", PHOTO), ("flag", FLAG), ("avatar", AVATAR)):
        app.add_url_rule(f"/{name}.svg", name, _svg(picture))
    app.add_url_rule("/avatars/<digest>.svg", "avatars", lambda digest: _svg(AVATAR)())

    # Imported here: the unit tests read this module's paths in environments without them.
    from tests.corpus.admin_apps import create_appbuilder_app, create_flask_admin_app

    app.wsgi_app = DispatcherMiddleware(  # type: ignore[method-assign]
        app.wsgi_app,
        {"/flask-admin": create_flask_admin_app(), "/fab": create_appbuilder_app()},
    )
    return app


PHOTO = """<svg xmlns="http://www.w3.org/2000/svg" width="160" height="100" viewBox="0 0 160 100">
<rect width="160" height="100" fill="#7aa7c7"/><circle cx="40" cy="35" r="18" fill="#f4d35e"/>
<path d="M0 100 L60 50 L100 80 L130 60 L160 100 Z" fill="#3d6b45"/></svg>"""
FLAG = """<svg xmlns="http://www.w3.org/2000/svg" width="16" height="11" viewBox="0 0 16 11">
<rect width="16" height="11" fill="#fff"/><rect width="16" height="4" fill="#c22"/></svg>"""
AVATAR = """<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" viewBox="0 0 40 40">
<circle cx="20" cy="20" r="20" fill="#4a5d78"/><circle cx="20" cy="15" r="7" fill="#fff"/></svg>"""


#: What the register answers, and the script that draws it into the page after load.
STATION = {
    "name": "School No. 3, Lake Lane 2",
    "photo": "/photo.svg",
    "photo_alt": "The school's entrance with a ramp",
    "map": "/map-frame",
    "map_title": "Map of the way to School No. 3",
}
FILL_THE_STATION = """addEventListener("DOMContentLoaded", async () => {
  const station = await (await fetch("/api/stations")).json();
  const card = document.querySelector("#station");
  card.replaceChildren();
  const heading = document.createElement("h2");
  heading.textContent = station.name;
  const photo = document.createElement("img");
  photo.src = station.photo;
  photo.alt = station.photo_alt;
  const map = document.createElement("iframe");
  map.src = station.map;
  map.title = station.map_title;
  card.append(heading, photo, map);
  document.body.dataset.stationShown = "yes";
});"""


def _svg(picture: str) -> Callable[[], Response]:
    return lambda: Response(picture, mimetype="image/svg+xml")


#: What the Bootstrap versions' carousels are called by: package, script, data attributes.
MOVING_BOOTSTRAP: dict[int, dict[str, str]] = {
    version: {
        "package": package,
        "script": script,
        "ride_attribute": f"data-{prefix}ride",
        "interval_attribute": f"data-{prefix}interval",
        "slide_attribute": f"data-{prefix}slide",
    }
    for version, package, script, prefix in (
        (3, "bootstrap3", "bootstrap.min.js", ""),
        (4, "bootstrap4", "bootstrap.bundle.min.js", ""),
        (5, "bootstrap", "bootstrap.bundle.min.js", "bs-"),
    )
}
#: The moving page's own motion: a heading that fades in, a spinner, a link that grows on hover.
MOVING = """
@keyframes appear { from { opacity: 0; transform: translateY(2rem) } to { opacity: 1 } }
@keyframes turn { to { transform: rotate(360deg) } }
.appearing { animation: appear 6s ease-out both }
.spinner { display: inline-block; width: 2rem; height: 2rem; border: .3rem solid #369;
  border-right-color: transparent; border-radius: 50%; animation: turn 1s linear infinite }
.growing { display: inline-block; padding: .5rem; transition: padding 6s, background-color 6s }
.growing:hover { padding: .5rem 3rem; background-color: #ffd }
.justified { text-align: justify }
html { scroll-behavior: smooth }
"""


def waving_flag() -> bytes:
    """An animated GIF: a red first frame, then a blue one, looping every 0.4 s."""
    from PIL import Image

    frames = [Image.new("RGB", (80, 48), colour) for colour in ("#c22", "#22c")]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], duration=200, loop=0)
    return out.getvalue()


def bell() -> bytes:
    """Two seconds of a quiet 440 Hz tone, as WAV: media a browser plays without a codec."""
    rate = 8000
    samples = bytes(
        128 + round(20 * math.sin(2 * math.pi * 440 * i / rate)) for i in range(2 * rate)
    )
    out = io.BytesIO()
    with wave.open(out, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(1)
        sound.setframerate(rate)
        sound.writeframes(samples)
    return out.getvalue()
