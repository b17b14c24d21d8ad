"""The rewriting layer, proven against Chromium: on every page of a generated corpus, served
with ``A11Y_INJECT`` to a visitor in the mode with images and embedded content off, the
host's DOM as Chromium builds it is the DOM of the same page served without a11y_kit, once
a11y_kit's own nodes and attributes are set aside; and the page has exactly one toolbar, in
``<body>``, the mode on ``<html>`` and the stylesheet applied (a frameset: no toolbar; a page
with nowhere to put the parts: nothing). Pages with a ``<noscript>`` are checked again in a
browser with JavaScript off, which parses them another way: every hand-picked one and every
third generated one (the generated ones repeat the same few snippets).

Both sites forbid every script and subresource but their own stylesheets (a CSP header), so
the DOM compared is the parser's: the browser still parses with scripting on. Pages load side
by side in the frames of one harness page (an ``iframe`` navigation, which a11y_kit rewrites
as it rewrites a top-level one), many at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask, Response
from playwright.sync_api import Browser, Page
from werkzeug.middleware.dispatcher import DispatcherMiddleware

from a11y_kit import A11yKit
from a11y_kit.audit.server import serving
from a11y_kit.testing import preferences_cookie
from tests.support.rewriting_corpus import CorpusPage, corpus_pages

HOST_DOM = (Path(__file__).parent / "js" / "host_dom.js").read_text()
#: Every frame of the harness, by its address, as ``host_dom.js`` sees it.
FRAMES = f"""() => {{
  const hostDom = {HOST_DOM};
  return Object.fromEntries([...document.querySelectorAll("iframe")].map(
    (frame) => [frame.getAttribute("src"), hostDom(frame.contentDocument)]));
}}"""
CORPUS = corpus_pages(Path(__file__).parents[1] / "corpus" / "templates")
#: Pages per test: each test stays well inside its timeout, a second copy of the suite
#: running beside it included.
CHUNK = 50
CHUNKS = range(0, len(CORPUS), CHUNK)
#: Pages loaded side by side in one harness (each twice: without and with a11y_kit).
SIDE_BY_SIDE = 25
#: How long one harness may take to load, on a machine as busy as two suites make it.
HARNESS_TIMEOUT_MS = 25_000
_CSP = "default-src 'none'; style-src 'self'"


def corpus_site(*, with_a11y_kit: bool) -> Flask:
    """``/page/<n>``: corpus page ``n`` as a host site serves it."""
    app = Flask(__name__)
    if with_a11y_kit:
        app.config["A11Y_INJECT"] = True
        A11yKit(app)

    @app.get("/harness/<numbers>")
    def harness(numbers: str) -> str:
        """Frames for the pages numbered (comma-separated), without and with a11y_kit."""
        return "".join(
            f'<iframe hidden src="/{site}/page/{number}"></iframe>'
            for number in map(int, numbers.split(","))
            for site in ("without", "with")
        )

    @app.get("/page/<int:number>")
    def page(number: int) -> Response:
        served = CORPUS[number]
        response = Response(served.body, content_type=served.content_type)
        response.headers["Content-Security-Policy"] = _CSP
        return response

    return app


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    """The corpus without a11y_kit under ``/without``, with it under ``/with``: one origin, so
    that the harness reads every frame."""
    both = Flask(__name__)
    both.wsgi_app = DispatcherMiddleware(  # type: ignore[method-assign]
        both.wsgi_app,
        {
            "/without": corpus_site(with_a11y_kit=False),
            "/with": corpus_site(with_a11y_kit=True),
        },
    )
    with serving(both) as url:
        yield url


@pytest.fixture(scope="module", params=[True, False], ids=["javascript on", "javascript off"])
def javascript(request: pytest.FixtureRequest) -> bool:
    """Whether the visitor's browser runs scripts (and so parses ``<noscript>`` as text)."""
    return request.param


@pytest.fixture(scope="module")
def visitor(javascript: bool, browser: Browser, site: str) -> Iterator[Page]:
    """A visitor in the mode with images and embedded content off."""
    context = browser.new_context(java_script_enabled=javascript)
    cookie = preferences_cookie(images="off", embeds="off", size="200")
    context.add_cookies([{"name": "a11y", "value": cookie, "url": f"{site}/with/"}])
    page = context.new_page()
    page.set_default_timeout(HARNESS_TIMEOUT_MS)
    yield page
    context.close()


def built_side_by_side(page: Page, site: str, numbers: list[int]) -> dict[str, dict[str, Any]]:
    """What Chromium built for the pages ``numbers``, by frame address."""
    page.goto(f"{site}/without/harness/{','.join(map(str, numbers))}", wait_until="load")
    return page.evaluate(FRAMES)


def first_difference(left: str, right: str) -> str:
    at = next((i for i, pair in enumerate(zip(left, right, strict=False)) if len(set(pair)) > 1), 0)
    around = slice(max(0, at - 80), at + 80)
    return f"without: …{left[around]}…\nwith:    …{right[around]}…"


def problem(served: CorpusPage, without: dict[str, Any], with_kit: dict[str, Any]) -> str | None:
    """What is wrong with the page served with a11y_kit, if anything."""
    if with_kit["dom"] != without["dom"]:
        return f"host DOM differs\n{first_difference(without['dom'], with_kit['dom'])}"
    toolbars = (with_kit["toolbars"], with_kit["toolbarsInBody"])
    if served.parts != "all":
        if toolbars != (0, 0):
            return f"{toolbars[0]} toolbars on a page without a place for them"
        if served.parts == "none":
            return None
    elif toolbars != (1, 1):
        return f"{toolbars[0]} toolbars, {toolbars[1]} in <body>"
    if with_kit["mode"] != "on" or not with_kit["stylesheetApplied"]:
        return f"mode {with_kit['mode']}, stylesheet applied: {with_kit['stylesheetApplied']}"
    return None


def checked_without_javascript(served: CorpusPage, number: int) -> bool:
    """Whether the page is checked with JavaScript off too."""
    generated = served.name.startswith("generated")
    return served.has_noscript and (not generated or number % 3 == 0)


def test_corpus_covers_every_context() -> None:
    assert len(CORPUS) >= 1000
    names = " ".join(page.name for page in CORPUS)
    assert "framework bootstrap5" in names and "framework govuk" in names


@pytest.mark.parametrize("start", CHUNKS, ids=lambda start: f"pages {start}+")
def test_host_dom_is_unchanged_apart_from_a11y_kits_parts(
    javascript: bool, visitor: Page, site: str, start: int
) -> None:
    numbers = [
        number
        for number in range(start, min(start + CHUNK, len(CORPUS)))
        if javascript or checked_without_javascript(CORPUS[number], number)
    ]
    problems = []
    built = {}
    for first in range(0, len(numbers), SIDE_BY_SIDE):
        built.update(built_side_by_side(visitor, site, numbers[first : first + SIDE_BY_SIDE]))
    for number in numbers:
        served = CORPUS[number]
        found = problem(served, built[f"/without/page/{number}"], built[f"/with/page/{number}"])
        if found:
            problems.append(f"{served.name}: {found}")
    assert not problems, f"{len(problems)} pages:\n" + "\n\n".join(problems[:5])
