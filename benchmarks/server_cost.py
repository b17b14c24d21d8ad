"""Server cost: the demo article page with a11y_kit versus the same page without it."""

from __future__ import annotations

import re
import statistics
import time
import timeit
from collections.abc import Callable
from typing import Any, NamedTuple

from flask import Flask
from jinja2 import BaseLoader, Environment
from werkzeug.test import EnvironBuilder

from a11y_kit.preferences import PreferenceModel
from a11y_kit.testing import preferences_cookie
from examples.news import create_app, protect, register_pages

ARTICLE = "/news/library-opening-hours"
TYPICAL_COOKIE = preferences_cookie(
    font="serif", size="150", spacing="wide", line_height="1.5", scheme="blue"
)
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


def without_any_call(source: str) -> str:
    """A template as a site without a11y_kit writes it: literal ``<img>`` tags, no calls."""
    return without_part_calls(_IMAGE_CALL.sub(_LITERAL_IMAGE, source))


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


def app_with_injection() -> Flask:
    """The demo with ``A11Y_INJECT`` and templates that never call the parts."""
    app = create_app({"A11Y_INJECT": True})
    app.jinja_env.loader = RewrittenTemplates(app.jinja_env.loader, without_part_calls)
    return app


def _request_loop(app: Flask, headers: dict[str, str], count: int) -> float:
    """CPU seconds for ``count`` WSGI requests of the article page, straight into the app."""
    environ = EnvironBuilder(path=ARTICLE, headers=headers).get_environ()

    def start_response(status: str, response_headers: list, exc_info: Any = None) -> None:
        assert status.startswith("200"), status

    started = time.process_time()
    for _ in range(count):
        body = app(dict(environ), start_response)
        b"".join(body)
        getattr(body, "close", lambda: None)()
    return time.process_time() - started


BASELINE = "without a11y_kit"
IN_THE_MODE = "with a11y_kit, in the mode"
HUGE_HEADER = "with a11y_kit, in the mode, 8 KB Accept-Language"
INJECTED = "with a11y_kit, in the mode, parts injected by A11Y_INJECT"


class ServerCost(NamedTuple):
    """A variant's median requests per CPU-second, and its median ratio to a reference."""

    rate: float
    ratio: float
    reference: str


def requests_per_second(rounds: int = 40, per_round: int = 100) -> dict[str, ServerCost]:
    """Requests per CPU-second per variant, and the ratio to the page without a11y_kit.

    Each round runs every variant back to back (in a rotating order) so that they share the
    machine's noise; the ratio is the median of the per-round ratios, and CPU time leaves
    out the time other processes held the core.
    """
    typical = {"Accept-Language": TYPICAL_ACCEPT_LANGUAGE}
    in_the_mode = {**typical, "Cookie": f"a11y={TYPICAL_COOKIE}"}
    variants = {
        BASELINE: (app_without_extension(), typical),
        "with a11y_kit, normal mode": (create_app(), typical),
        IN_THE_MODE: (create_app(), in_the_mode),
        HUGE_HEADER: (create_app(), {**in_the_mode, "Accept-Language": HUGE_ACCEPT_LANGUAGE}),
        INJECTED: (app_with_injection(), in_the_mode),
    }
    references = {name: BASELINE for name in variants} | {
        HUGE_HEADER: IN_THE_MODE,
        INJECTED: IN_THE_MODE,
    }
    for app, headers in variants.values():
        _request_loop(app, headers, per_round)  # warm up templates and caches
    names = list(variants)
    rates: dict[str, list[float]] = {name: [] for name in names}
    ratios: dict[str, list[float]] = {name: [] for name in names}
    for round_number in range(rounds):
        shift = round_number % len(names)
        this_round = {}
        for name in names[shift:] + names[:shift]:
            app, headers = variants[name]
            this_round[name] = per_round / _request_loop(app, headers, per_round)
        for name, rate in this_round.items():
            rates[name].append(rate)
            ratios[name].append(rate / this_round[references[name]])
    return {
        name: ServerCost(
            statistics.median(rates[name]), statistics.median(ratios[name]), references[name]
        )
        for name in names
    }


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
