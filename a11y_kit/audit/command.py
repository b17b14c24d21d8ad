"""``flask a11y audit``: the site owner's own pages, checked in every mode, in Chromium."""

from __future__ import annotations

import importlib
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import click
from flask import Flask, current_app
from flask.cli import with_appcontext

from ..page.settings import EXTENSION_KEY
from .browser import CHROMIUM_ARGS, find_chromium
from .page_jobs import audit_page
from .pages import Crawl, crawl, link_reader, route_pages
from .progress import end_progress, show_progress
from .report import CHECKS, AuditResult, as_html, as_json, printable, summary
from .rules import STANDARDS
from .runner import VIEW_BUDGET_MS, PageAudit, PageFinding, every_scheme
from .server import serving
from .workers import MOST_WORKERS, audit_workers, default_workers


def _run_setup(spec: str | None, app: Flask) -> tuple[dict[str, Any], ...]:
    """``module:function``, called with the app; it may return cookies every visit carries:
    a mapping of names to values, or cookies in Playwright's shape (``name``, ``value`` and
    ``url``, or ``domain`` and ``path``)."""
    if not spec:
        return ()
    module_name, _, function_name = spec.partition(":")
    cookies = getattr(importlib.import_module(module_name), function_name)(app) or ()
    if isinstance(cookies, Mapping):
        return tuple({"name": name, "value": value} for name, value in cookies.items())
    return tuple(dict(cookie) for cookie in cookies)


def _crawled(app: Flask, audit: PageAudit, max_pages: int) -> Crawl:
    """The app's routes and the pages their links reach."""
    visit = link_reader(audit.browser, audit.base_url, VIEW_BUDGET_MS)
    return crawl(route_pages(app), visit, max_pages)


@click.command(name="audit")
@click.option("--page", "pages", multiple=True, help="A path to audit (repeatable).")
@click.option(
    "--max-pages", default=50, show_default=True, help="Pages visited while crawling, at most."
)
@click.option("--browser", "browser_path", help="Chromium binary (else A11Y_KIT_CHROMIUM, PATH).")
@click.option("--setup", help="module:function called with the app before crawling.")
@click.option(
    "--html",
    "html_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write one self-contained HTML report with screenshots.",
)
@click.option(
    "--json", "json_path", type=click.Path(dir_okay=False, path_type=Path), help="Write JSON."
)
@click.option("--quiet", is_flag=True, help="No progress lines on stderr.")
@click.option(
    "--standard",
    type=click.Choice(STANDARDS),
    default="wcag",
    show_default=True,
    help="The rules the reports name for each check: WCAG 2.2, GOST R 52872-2019, decree 102.",
)
@click.option(
    "--fail-on",
    multiple=True,
    type=click.Choice(CHECKS),
    help="Checks whose findings fail the run (repeatable; default: every check).",
)
@click.option(
    "--workers",
    type=click.IntRange(1, MOST_WORKERS),
    help=f"Chromiums auditing side by side (default: one per two cores, at most {MOST_WORKERS}).",
)
@with_appcontext
def audit_command(
    pages: tuple[str, ...],
    max_pages: int,
    browser_path: str | None,
    setup: str | None,
    html_path: Path | None,
    json_path: Path | None,
    quiet: bool,
    standard: str,
    fail_on: tuple[str, ...],
    workers: int | None,
) -> None:
    """Check the app's pages in normal mode, every scheme and the hardest setting."""
    try:
        chromium = find_chromium(browser_path)
    except FileNotFoundError as missing:
        raise click.ClickException(str(missing)) from missing
    app: Flask = current_app._get_current_object()  # type: ignore[attr-defined]
    state = app.extensions[EXTENSION_KEY]
    settings = every_scheme(state.model, hardest_in_every_scheme=False)
    cookies = _run_setup(setup, app)
    started = time.perf_counter()
    with (
        serving(app) as url,
        audit_workers(
            workers or default_workers(),
            lambda playwright: playwright.chromium.launch(
                executable_path=chromium, args=CHROMIUM_ARGS
            ),
            lambda browser: PageAudit(
                browser,
                url,
                state.model,
                state.cookie_name,
                tuple(app.config.get("A11Y_ICON_FONTS") or ()),
                cookies,
                crops=html_path is not None,
            ),
        ) as side_by_side,
    ):
        found = Crawl(list(pages), {})
        if not pages:
            (found,) = side_by_side.run([lambda audit: _crawled(app, audit, max_pages)])
        paths = found.pages
        findings: list[PageFinding] = []
        screenshots = {}
        for number, path in enumerate(paths, 1):
            if not quiet:
                elapsed = time.perf_counter() - started
                show_progress(sys.stderr, number, len(paths), path, elapsed)
            audited = audit_page(side_by_side, path, settings, screenshots=html_path is not None)
            findings += audited.findings
            if audited.screenshots is not None:
                screenshots[path] = audited.screenshots
    if not quiet:
        end_progress(sys.stderr)
    views = len(paths) * sum(len(setting.widths) for setting in settings)
    result = AuditResult(
        tuple(paths),
        tuple(setting.name for setting in settings),
        views,
        tuple(findings),
        time.perf_counter() - started,
        screenshots,
        standard,
    )
    click.echo(printable(summary(result)))
    for path, reason in found.skipped.items():
        click.echo(printable(f"skipped {path}: {reason}"))
    if json_path is not None:
        json_path.write_text(as_json(result))
    if html_path is not None:
        html_path.write_text(as_html(result))
    failing = [f for f in findings if f.fails_the_run and (not fail_on or f.check in fail_on)]
    if failing:
        raise SystemExit(1)
