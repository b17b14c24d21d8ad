"""Server cost: the demo article page with a11y_kit versus the same page without it."""

from __future__ import annotations

import statistics
import time
import timeit
from collections.abc import Callable
from typing import Any, NamedTuple

from flask import Flask
from markupsafe import Markup
from werkzeug.test import EnvironBuilder

from a11y_kit.preferences import PreferenceModel
from examples.news import create_app, protect, register_pages

ARTICLE = "/news/library-opening-hours"
TYPICAL_COOKIE = "1-on-serif-150-wide-1.5-blue-on"


class _Absent:
    """The ``a11y`` object's place when the extension is not installed.

    The mode's blocks render nothing; images render as the plain ``<img>`` a site would have.
    """

    def __getattr__(self, name: str) -> Callable[..., Markup]:
        return lambda *args, **kwargs: Markup("")

    def image(
        self, src: str, alt: str, class_: str = "", width: int = 0, height: int = 0
    ) -> Markup:
        """``<img>`` as the site would write it without a11y_kit."""
        return Markup(
            '<span class="{}"><img src="{}" alt="{}" width="{}" height="{}"></span>'
        ).format(class_, src, alt, width, height)


def app_without_extension() -> Flask:
    """The demo's pages with no a11y_kit at all."""
    app = Flask("examples.news")
    protect(app)
    app.context_processor(lambda: {"a11y": _Absent()})
    register_pages(app)
    return app


def _request_loop(app: Flask, cookie: str | None, count: int) -> float:
    """Seconds for ``count`` WSGI requests of the article page, straight into the app."""
    headers = {"Cookie": f"a11y={cookie}"} if cookie else {}
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


class ServerCost(NamedTuple):
    """A variant's median requests per CPU-second, and its median ratio to the baseline."""

    rate: float
    ratio: float


def requests_per_second(rounds: int = 40, per_round: int = 100) -> dict[str, ServerCost]:
    """Requests per CPU-second per variant, and the ratio to the page without a11y_kit.

    Each round runs every variant back to back (in a rotating order) so that they share the
    machine's noise; the ratio is the median of the per-round ratios, and CPU time leaves
    out the time other processes held the core.
    """
    variants = {
        BASELINE: (app_without_extension(), None),
        "with a11y_kit, normal mode": (create_app(), None),
        "with a11y_kit, in the mode": (create_app(), TYPICAL_COOKIE),
    }
    for app, cookie in variants.values():
        _request_loop(app, cookie, per_round)  # warm up templates and caches
    names = list(variants)
    rates: dict[str, list[float]] = {name: [] for name in names}
    ratios: dict[str, list[float]] = {name: [] for name in names}
    for round_number in range(rounds):
        shift = round_number % len(names)
        this_round = {}
        for name in names[shift:] + names[:shift]:
            app, cookie = variants[name]
            this_round[name] = per_round / _request_loop(app, cookie, per_round)
        for name, rate in this_round.items():
            rates[name].append(rate)
            ratios[name].append(rate / this_round[BASELINE])
    return {
        name: ServerCost(statistics.median(rates[name]), statistics.median(ratios[name]))
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
