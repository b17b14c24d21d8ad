"""Server cost: pages with a11y_kit against the same pages without it, in CPU time."""

from __future__ import annotations

import re
import statistics
import time
import timeit
from collections.abc import Callable
from typing import Any, NamedTuple

from flask import Flask, render_template
from flask_wtf.csrf import CSRFProtect
from jinja2 import BaseLoader, DictLoader, Environment
from markupsafe import Markup
from werkzeug.test import EnvironBuilder

from a11y_kit import A11yKit
from a11y_kit.page.part_calls import PAGE_PARTS, PartCalls, filter_name
from a11y_kit.preferences import PreferenceModel
from a11y_kit.rewriting import forget_rewritten_pages
from a11y_kit.testing import preferences_cookie
from benchmarks.typical_page import TYPICAL_PATH, with_archive
from examples.news import create_app, protect, register_pages

ARTICLE = "/news/library-opening-hours"
#: A visitor in the mode: serif, 150 %, wide spacing, line spacing 1.5, on blue.
TYPICAL_CHOICES = {
    "font": "serif",
    "size": "150",
    "spacing": "wide",
    "line_height": "1.5",
    "scheme": "blue",
}
TYPICAL_COOKIE = preferences_cookie(**TYPICAL_CHOICES)
#: The same visitor with images and embedded content off: the page is rewritten.
REWRITING_COOKIE = preferences_cookie(**TYPICAL_CHOICES, images="off", embeds="off")
IMAGES_OFF = "demo article, in the mode, images and embedded content off"
INJECTED = "demo article, in the mode, parts injected by A11Y_INJECT"
#: What a browser set to Russian sends, and an 8 KB header of the kind an attacker sends.
TYPICAL_ACCEPT_LANGUAGE = "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7"
HUGE_ACCEPT_LANGUAGE = "ru-RU,ru;q=0.9," + "xx-XX;q=0.1," * 680


#: ``{{ a11y.image(src, alt, class_='c', width=w, height=h) }}`` in the demo's templates.
_IMAGE_CALL = re.compile(
    r"\{\{ a11y\.image\((?P<src>.+?), (?P<alt>[\w.]+), class_='(?P<cls>[\w-]+)', "
    r"width=(?P<width>\d+), height=(?P<height>\d+)\) \}\}"
)
_LITERAL_IMAGE = (
    r'<span class="\g<cls>"><img src="{{ \g<src> }}" alt="{{ \g<alt> }}" '
    r'width="\g<width>" height="\g<height>"></span>'
)
#: ``{{ a11y.html_attrs() }}``, ``head()``, ``toolbar()``, ``switch()``: absent without a11y_kit.
_OTHER_CALL = re.compile(r" ?\{\{ a11y\.\w+\(\) \}\}")


def without_part_calls(source: str) -> str:
    """A template with no ``html_attrs``/``head``/``toolbar``/``switch`` calls."""
    return _OTHER_CALL.sub("", source)


def without_image_calls(source: str) -> str:
    """A template with literal ``<img>`` tags instead of ``a11y.image`` calls."""
    return _IMAGE_CALL.sub(_LITERAL_IMAGE, source)


#: The four part calls, by name.
_PART_CALL = re.compile(rf"\{{\{{ a11y\.({'|'.join(PAGE_PARTS)})\(\) \}}\}}")


def with_literal_parts(parts: dict[str, str]) -> Callable[[str], str]:
    """A rewrite putting ``parts`` (markup by part name) in place of the part calls, and
    literal ``<img>`` tags in place of the image calls."""

    def rewrite(source: str) -> str:
        literal = _PART_CALL.sub(lambda call: parts[call.group(1)], source)
        return without_image_calls(literal)

    return rewrite


def literal_parts(app: Flask, path: str, headers: dict[str, str]) -> dict[str, str]:
    """The markup a11y_kit draws for one request, as a site would write it by hand."""
    with app.test_request_context(path, headers=headers):
        template = app.jinja_env.globals["a11y"]
        parts = {name: str(getattr(template, name)()) for name in PAGE_PARTS}
    for text in parts.values():
        if re.search(r"\{[{%#]", text):
            raise ValueError("a part holds Jinja syntax: it cannot be pasted into a template")
    return parts


def without_any_call(source: str) -> str:
    """A template as a site without a11y_kit writes it: literal ``<img>`` tags, no calls."""
    return without_part_calls(without_image_calls(source))


class RewrittenTemplates(BaseLoader):
    """The demo's templates, each rewritten on load by ``rewrite``."""

    def __init__(self, inner: BaseLoader, rewrite: Callable[[str], str]) -> None:
        self.inner = inner
        self.rewrite = rewrite

    def get_source(self, environment: Environment, template: str) -> tuple:
        source, filename, uptodate = self.inner.get_source(environment, template)
        return self.rewrite(source), filename, uptodate


def app_without_extension() -> Flask:
    """The demo's pages with no a11y_kit at all (a call left over fails loudly: ``a11y`` is
    undefined there)."""
    app = Flask("examples.news")
    protect(app)
    app.jinja_env.loader = RewrittenTemplates(app.jinja_env.loader, without_any_call)
    register_pages(app)
    return app


def app_with_literal_parts(path: str, headers: dict[str, str], csrf: bool = False) -> Flask:
    """The demo's pages with no a11y_kit, each part written out as the literal HTML a11y_kit
    draws for ``path`` and ``headers`` (the issue's baseline: same templates, literal HTML)."""
    parts = literal_parts(demo_app(True, csrf), path, headers)
    app = Flask("examples.news")
    protect(app)
    app.jinja_env.loader = RewrittenTemplates(app.jinja_env.loader, with_literal_parts(parts))
    register_pages(app)
    if csrf:
        app.config["SECRET_KEY"] = "benchmark"
        CSRFProtect(app)
    return app


def app_with_injection() -> Flask:
    """The demo with ``A11Y_INJECT`` and templates that never call the parts."""
    app = create_app({"A11Y_INJECT": True})
    app.jinja_env.loader = RewrittenTemplates(app.jinja_env.loader, without_part_calls)
    return app


def rewriting_every_page_anew(app: Flask) -> Flask:
    """``app`` with no rewritten page remembered between requests: each is parsed anew."""
    app.before_request(forget_rewritten_pages)
    return app


def _request_loop(app: Flask, path: str, headers: dict[str, str], count: int) -> float:
    """CPU seconds for ``count`` WSGI requests of ``path``, straight into the app."""
    environ = EnvironBuilder(path=path, headers=headers).get_environ()

    def start_response(status: str, response_headers: list, exc_info: Any = None) -> None:
        assert status.startswith("200"), status

    started = time.process_time()
    for _ in range(count):
        body = app(dict(environ), start_response)
        b"".join(body)
        getattr(body, "close", lambda: None)()
    return time.process_time() - started


#: About 1 KB of HTML: a small page, with the three template lines or without them.
SMALL_PAGE = """<!doctype html>
<html lang="en"{attrs}><head><meta charset="utf-8"><title>Reception hours</title>{head}</head>
<body>{body}<main><h1>Reception hours</h1>
<p>The reception of the district executive committee is open from Monday to Friday, from eight
in the morning to five in the evening, with a lunch break from one to two. On the eve of public
holidays it closes an hour earlier. Residents may also leave written requests in the box at the
entrance at any time; they are registered on the next working day and answered within fifteen
days. Bring a passport or a residence permit for any request that concerns you personally.</p>
<p>Questions about housing, transport and social support are taken by appointment.</p>
</main></body></html>"""


#: The four part calls as a template writes them, by part name.
PART_CALLS = {name: f"{{{{ a11y.{name}() }}}}" for name in PAGE_PARTS}


def small_page_app(with_extension: bool, literal: dict[str, str] | None = None) -> Flask:
    """A 1 KB page at ``/``, with or without a11y_kit's three template lines, or with the
    ``literal`` text of its parts (by part name) in their place and no a11y_kit."""
    app = Flask(__name__)
    if with_extension:
        A11yKit(app)
    parts = literal or (PART_CALLS if with_extension else dict.fromkeys(PAGE_PARTS, ""))
    page = SMALL_PAGE.format(
        attrs=f" {parts['html_attrs']}" if parts["html_attrs"] else "",
        head=parts["head"],
        body=parts["toolbar"] + parts["switch"],
    )
    app.jinja_loader = DictLoader({"page.html": page})
    app.add_url_rule("/", "page", lambda: render_template("page.html"))
    return app


def demo_app(with_extension: bool, csrf: bool = False) -> Flask:
    """The demo (optionally under Flask-WTF's ``CSRFProtect``), with or without a11y_kit."""
    app = create_app() if with_extension else app_without_extension()
    if csrf:
        app.config["SECRET_KEY"] = "benchmark"
        CSRFProtect(app)
    return app


def _returning(markup: Markup) -> Callable[[Any], Markup]:
    return lambda _target: markup


def _at_the_floor(app: Flask, parts: dict[str, str]) -> Flask:
    """``app`` (no a11y_kit; its templates call the parts) with each part call compiled as
    a11y_kit compiles it but returning ``parts``' markup, and a response hook that does
    nothing: the least any template-drawn mode can cost."""
    app.jinja_env.add_extension(PartCalls)
    for name, markup in parts.items():
        app.jinja_env.filters[filter_name(name)] = _returning(Markup(markup))
    app.jinja_env.globals["a11y"] = None
    app.after_request(lambda response: response)
    return app


def app_at_the_floor(path: str, headers: dict[str, str]) -> Flask:
    """The demo's pages at the floor, returning the markup a11y_kit draws for ``path`` and
    ``headers``."""
    app = Flask("examples.news")
    protect(app)
    app.jinja_env.loader = RewrittenTemplates(app.jinja_env.loader, without_image_calls)
    register_pages(app)
    return _at_the_floor(app, literal_parts(demo_app(True), path, headers))


def small_page_at_the_floor(headers: dict[str, str]) -> Flask:
    """The 1 KB page at the floor, returning the markup a11y_kit draws for ``headers``."""
    parts = literal_parts(small_page_app(True), "/", headers)
    return _at_the_floor(small_page_app(False, PART_CALLS), parts)


#: A visitor's request in normal mode, and in the mode.
NORMAL_HEADERS = {"Accept-Language": TYPICAL_ACCEPT_LANGUAGE}
IN_THE_MODE_HEADERS = {**NORMAL_HEADERS, "Cookie": f"a11y={TYPICAL_COOKIE}"}
#: The typical page (DESIGN.md): a page of 20 items of a news archive of 3,000 rows in SQLite.
TYPICAL = "typical page (20 of 3,000 news rows)"
#: What a11y_kit may add to the typical page, as a multiple of its cost without a11y_kit.
NORMAL_BUDGET, IN_THE_MODE_BUDGET = 1.02, 1.03
#: The demo article, whose view queries SQLite for the latest news and renders them beside
#: the article: a lighter page (no budget of its own).
BASELINE = "demo article without a11y_kit"
IN_THE_MODE = "demo article, in the mode"
CSRF_BASELINE = "demo article under CSRFProtect, without a11y_kit"
SMALL_BASELINE = "1 KB page without a11y_kit"
FLOOR = "the floor: fixed parts through compiled calls (no a11y_kit work)"


class Variant(NamedTuple):
    """One measured page: its app, path and headers, what it is compared with, its budget."""

    app: Flask
    path: str
    headers: dict[str, str]
    #: The variant it is compared with (itself for a baseline).
    reference: str
    #: The most it may cost, as a multiple of the reference's time (``None``: no budget).
    budget: float | None


class ServerCost(NamedTuple):
    """A variant's median requests per CPU-second, its median cost as a multiple of its
    reference's time, and the microseconds that adds to a request."""

    rate: float
    cost: float
    added_us: float
    reference: str
    budget: float | None


def typical_variants() -> dict[str, Variant]:
    """The typical page without a11y_kit, in normal mode and in the mode, each also under
    ``CSRFProtect``: the rows the budget is on."""
    measured = {}
    for csrf, name in ((False, TYPICAL), (True, f"{TYPICAL} under CSRFProtect")):
        with_kit, baseline = with_archive(demo_app(True, csrf)), f"{name} without a11y_kit"
        measured[baseline] = Variant(
            with_archive(demo_app(False, csrf)), TYPICAL_PATH, NORMAL_HEADERS, baseline, None
        )
        for mode, headers, budget in (
            ("normal mode", NORMAL_HEADERS, NORMAL_BUDGET),
            ("in the mode", IN_THE_MODE_HEADERS, IN_THE_MODE_BUDGET),
        ):
            measured[f"{name}, {mode}"] = Variant(with_kit, TYPICAL_PATH, headers, baseline, budget)
    return measured


def variants() -> dict[str, Variant]:
    """Every page measured: the typical page first, then ``demo_variants``."""
    return typical_variants() | demo_variants()


def demo_variants() -> dict[str, Variant]:
    """The demo article (also under ``CSRFProtect``) against the page without the parts,
    against the same parts as literal HTML and against the floor; a 1 KB page (the same three
    ways); an 8 KB ``Accept-Language``; the parts injected by ``A11Y_INJECT``."""
    typical, in_mode = NORMAL_HEADERS, IN_THE_MODE_HEADERS
    huge = {**in_mode, "Accept-Language": HUGE_ACCEPT_LANGUAGE}
    rewriting = {**typical, "Cookie": f"a11y={REWRITING_COOKIE}"}
    demo, demo_csrf, small = demo_app(True), demo_app(True, csrf=True), small_page_app(True)
    measured = {
        BASELINE: Variant(demo_app(False), ARTICLE, typical, BASELINE, None),
        "demo article, normal mode": Variant(demo, ARTICLE, typical, BASELINE, None),
        IN_THE_MODE: Variant(demo, ARTICLE, in_mode, BASELINE, None),
        CSRF_BASELINE: Variant(demo_app(False, csrf=True), ARTICLE, typical, CSRF_BASELINE, None),
        "demo article under CSRFProtect, normal mode": Variant(
            demo_csrf, ARTICLE, typical, CSRF_BASELINE, None
        ),
        "demo article under CSRFProtect, in the mode": Variant(
            demo_csrf, ARTICLE, in_mode, CSRF_BASELINE, None
        ),
    }
    modes = (("normal mode", typical), ("in the mode", in_mode))
    for csrf, prefix in ((False, "demo article"), (True, "demo article under CSRFProtect")):
        for mode, headers in modes:
            literal = f"{prefix}, {mode}, the parts as literal HTML (no a11y_kit)"
            measured[literal] = Variant(
                app_with_literal_parts(ARTICLE, headers, csrf), ARTICLE, headers, literal, None
            )
            measured[f"{prefix}, {mode}, against its literal HTML"] = Variant(
                demo_csrf if csrf else demo, ARTICLE, headers, literal, None
            )
            if not csrf:
                floor = f"{prefix}, {mode}, {FLOOR}"
                measured[floor] = Variant(
                    app_at_the_floor(ARTICLE, headers), ARTICLE, headers, literal, None
                )
                measured[f"{prefix}, {mode}, against the floor (a11y_kit's own work)"] = Variant(
                    demo, ARTICLE, headers, floor, None
                )
    measured[SMALL_BASELINE] = Variant(small_page_app(False), "/", typical, SMALL_BASELINE, None)
    for mode, headers in modes:
        literal = f"1 KB page, {mode}, the parts as literal HTML (no a11y_kit)"
        small_literal = small_page_app(False, literal_parts(small, "/", headers))
        measured[literal] = Variant(small_literal, "/", headers, literal, None)
        measured[f"1 KB page, {mode}"] = Variant(small, "/", headers, SMALL_BASELINE, None)
        measured[f"1 KB page, {mode}, against its literal HTML"] = Variant(
            small, "/", headers, literal, None
        )
        floor = f"1 KB page, {mode}, {FLOOR}"
        measured[floor] = Variant(small_page_at_the_floor(headers), "/", headers, literal, None)
        measured[f"1 KB page, {mode}, against the floor (a11y_kit's own work)"] = Variant(
            small, "/", headers, floor, None
        )
    return measured | {
        "demo article, in the mode, 8 KB Accept-Language": Variant(
            demo, ARTICLE, huge, IN_THE_MODE, 1.2
        ),
        INJECTED: Variant(app_with_injection(), ARTICLE, in_mode, IN_THE_MODE, None),
        IMAGES_OFF: Variant(demo, ARTICLE, rewriting, IN_THE_MODE, None),
        f"{IMAGES_OFF}, the page never seen before": Variant(
            rewriting_every_page_anew(demo_app(True)), ARTICLE, rewriting, IN_THE_MODE, None
        ),
        f"{INJECTED}, the page never seen before": Variant(
            rewriting_every_page_anew(app_with_injection()), ARTICLE, in_mode, IN_THE_MODE, None
        ),
    }


def requests_per_second(rounds: int = 40, per_round: int = 100) -> dict[str, ServerCost]:
    """Requests per CPU-second per variant, and its cost against its reference.

    Each round runs every variant back to back (in a rotating order) so that they share the
    machine's noise; costs are medians of the per-round ratios, and CPU time leaves out the
    time other processes held the core.
    """
    measured = variants()
    for variant in measured.values():
        _request_loop(variant.app, variant.path, variant.headers, per_round)  # warm up
    names = list(measured)
    seconds: dict[str, list[float]] = {name: [] for name in names}
    for round_number in range(rounds):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            variant = measured[name]
            spent = _request_loop(variant.app, variant.path, variant.headers, per_round)
            seconds[name].append(spent / per_round)
    results = {}
    for name, variant in measured.items():
        own, theirs = seconds[name], seconds[variant.reference]
        results[name] = ServerCost(
            rate=1 / statistics.median(own),
            cost=statistics.median(a / b for a, b in zip(own, theirs, strict=True)),
            added_us=statistics.median(a - b for a, b in zip(own, theirs, strict=True)) * 1e6,
            reference=variant.reference,
            budget=variant.budget,
        )
    return results


def cookie_parse_microseconds(repeat: int = 50_000) -> dict[str, float]:
    """Median time to parse a cookie seen before, and one never seen (all distinct), in µs."""
    model = PreferenceModel.build()
    unseen = iter([f"{TYPICAL_COOKIE}-{n}" for n in range(repeat * 5)])
    timings = {
        "seen before": timeit.Timer(lambda: model.parse_cookie(TYPICAL_COOKIE)),
        "never seen": timeit.Timer(lambda: model.parse_cookie(next(unseen))),
    }
    return {
        name: statistics.median(timer.repeat(repeat=5, number=repeat)) / repeat * 1e6
        for name, timer in timings.items()
    }
