"""``flask a11y audit`` as a site owner runs it: a real process, a real Chromium, its reports."""

from __future__ import annotations

import dataclasses
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest
from axe_playwright_python.sync_playwright import Axe
from flask import Flask, Response
from playwright.sync_api import Browser, Page

from a11y_kit import A11yKit
from a11y_kit.audit.advice import HOW_TO_FIX, advice_for
from a11y_kit.audit.checks import PICTURE_MARGIN_PX, page_findings, unreadable_states
from a11y_kit.audit.pages import Visit, crawl, same_origin_paths
from a11y_kit.audit.progress import end_progress, show_progress
from a11y_kit.audit.report import CHECKS, AuditResult, as_html, as_json, printable, summary
from a11y_kit.audit.runner import AXE_OPTIONS, DESKTOP, HARDEST, PageAudit, PageFinding, Setting
from a11y_kit.audit.server import serving
from a11y_kit.preferences import PreferenceModel
from tests.audit import broken_site

REPO = Path(__file__).resolve().parents[2]
#: One audit of a page is about 20 s on two cores; the whole command gets a generous bound.
AUDIT_TIMEOUT_S = 150
pytestmark = pytest.mark.timeout(AUDIT_TIMEOUT_S + 30)


class AuditRun(NamedTuple):
    """What one ``flask a11y audit`` process did."""

    exit_code: int
    output: str
    report: dict
    html: Path


def run_audit(app: str, tmp_path: Path, *options: str) -> AuditRun:
    json_path, html_path = tmp_path / "audit.json", tmp_path / "audit.html"
    command = [sys.executable, "-m", "flask", "--app", app, "a11y", "audit"]
    command += ["--json", str(json_path), "--html", str(html_path), *options]
    done = subprocess.run(
        command, cwd=REPO, capture_output=True, text=True, timeout=AUDIT_TIMEOUT_S, check=False
    )
    report = json.loads(json_path.read_text()) if json_path.exists() else {}
    return AuditRun(done.returncode, done.stdout + done.stderr, report, html_path)


@pytest.fixture(scope="module")
def broken_site_audit(tmp_path_factory: pytest.TempPathFactory) -> AuditRun:
    """The site built to fail, audited once (its pages found by crawling), two Chromiums
    side by side."""
    return run_audit("tests.audit.broken_site", tmp_path_factory.mktemp("broken"), "--workers", "2")


def _found(run: AuditRun) -> list[tuple]:
    keys = ("page", "setting", "width", "check", "selector", "figure")
    return sorted(tuple(finding[key] for key in keys) for finding in run.report["findings"])


def test_views_audited_side_by_side_find_what_one_chromium_finds(
    broken_site_audit: AuditRun, tmp_path: Path
) -> None:
    alone = run_audit("tests.audit.broken_site", tmp_path, "--workers", "1")
    assert _found(broken_site_audit) == _found(alone)


#: The defects planted in ``broken_site``: where each must be reported.
PLANTED = {
    ("sideways-scroll", "#wide-title"),
    ("icon-glyphs", "#own-icon"),
    ("clipped-controls", "#search"),
    ("empty-focus-stop", "#empty-link"),
    ("checkbox-state", "#agree"),
    ("placeholder-contrast", "#name"),
}


def test_each_planted_defect_is_reported_at_its_element(broken_site_audit: AuditRun) -> None:
    reported = {(f["check"], f["selector"]) for f in broken_site_audit.report["findings"]}
    assert reported >= PLANTED, broken_site_audit.output


def test_findings_fail_the_run(broken_site_audit: AuditRun) -> None:
    assert broken_site_audit.exit_code == 1


def test_every_finding_names_page_setting_width_and_figure(broken_site_audit: AuditRun) -> None:
    findings = broken_site_audit.report["findings"]
    assert findings
    assert all(f["page"] == "/" and f["setting"] and f["width"] and f["figure"] for f in findings)


def test_demo_article_has_no_findings(tmp_path: Path) -> None:
    run = run_audit("examples.news", tmp_path, "--page", "/news/library-opening-hours")
    assert (run.exit_code, run.report["findings"]) == (0, []), run.output
    assert run.report["views"] == 13
    assert "page 1 of 1: /news/library-opening-hours (" in run.output


def test_fail_on_chooses_the_checks_that_fail(tmp_path: Path) -> None:
    run = run_audit("tests.audit.broken_site", tmp_path, "--page", "/", "--fail-on", "axe")
    assert run.exit_code == 0
    assert run.report["findings"]


def test_without_chromium_it_says_how_to_install_one(tmp_path: Path) -> None:
    run = run_audit("examples.news", tmp_path, "--browser", "/nonexistent/chromium")
    assert run.exit_code == 1
    assert "apt-get install chromium" in run.output


def test_html_report_is_axe_clean_and_fits_at_200_percent(
    broken_site_audit: AuditRun, page: Page
) -> None:
    page.set_viewport_size({"width": 640, "height": 900})  # a 1280 px window at 200 % zoom
    page.goto(broken_site_audit.html.as_uri())
    violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    assert [violation["id"] for violation in violations] == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 640
    assert page.locator("img").count() >= 2 + len(PLANTED)


SITE = {
    "/": Visit("/", ("/news/", "/news/")),
    "/news/": Visit("/news/", ("/news/a", "/feed.xml", "/old-news")),
    "/news/a": Visit("/news/a"),
    "/feed.xml": Visit(skipped="not an HTML page"),
    "/old-news": Visit("/news/", ("/news/a",)),
}


def test_crawl_finds_the_pages_links_reach() -> None:
    found = crawl(["/"], SITE.__getitem__, max_visits=10)
    assert found.pages == ["/", "/news/", "/news/a"]
    assert found.skipped == {"/feed.xml": "not an HTML page"}


def test_crawl_audits_a_redirecting_path_as_the_page_it_ends_on() -> None:
    assert crawl(["/old-news"], SITE.__getitem__, max_visits=10).pages == ["/news/", "/news/a"]


def test_every_visit_counts_against_max_pages() -> None:
    visits = []

    def visit(path: str) -> Visit:
        visits.append(path)
        if path == "/":
            return Visit("/", tuple(f"/missing/{number}" for number in range(400)))
        return Visit(skipped="answered 404")

    assert crawl(["/"], visit, max_visits=5).pages == ["/"]
    assert len(visits) == 5


def test_terminal_output_carries_no_control_characters() -> None:
    escape = "Photo\x1b]8;;https://evil.example\x07here\x1b]8;;\x07\x9b2J"
    finding = PageFinding("/", "on white, hardest", 320, "images-off-alt", "img", escape)
    output = printable(summary(AuditResult(("/",), ("normal",), 1, (finding,), 1.0, {})))
    assert "Photo]8;;https://evil.examplehere]8;;2J" in output
    assert not [
        char for char in output if (ord(char) < 32 and char != "\n") or 127 <= ord(char) < 160
    ]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("terminal", [True, False], ids=["terminal", "piped"])
def test_progress_is_a_bar_on_a_terminal_and_lines_when_piped(terminal: bool) -> None:
    stream = _Terminal() if terminal else io.StringIO()
    for number, path in enumerate(["/", "/news/"], 1):
        show_progress(stream, number, 2, path, 3.0 * number)
    end_progress(stream)
    if terminal:
        assert stream.getvalue() == (
            "\r[....................] page 1 of 2: / (3 s)\x1b[K"
            "\r[##########..........] page 2 of 2: /news/ (6 s)\x1b[K\n"
        )
    else:
        assert stream.getvalue() == "page 1 of 2: / (3 s)\npage 2 of 2: /news/ (6 s)\n"


def test_summary_counts_in_words() -> None:
    finding = PageFinding("/", "normal", 1280, "axe", "region", "new in mode")
    assert "1 page x 1 setting (1 view) in 1.0 s: 1 finding" in summary(
        AuditResult(("/",), ("normal",), 1, (finding,), 1.0, {})
    )


def test_links_are_read_as_same_origin_paths() -> None:
    hrefs = ["http://127.0.0.1:5000/a?b=1#c", "https://127.0.0.1:5000/x", "http://other/"]
    assert same_origin_paths(hrefs, "http://127.0.0.1:5000") == ["/a?b=1"]


def test_every_check_says_why_it_matters_and_how_to_fix_it() -> None:
    assert set(HOW_TO_FIX) == set(CHECKS)
    assert all(len(advice) > 60 for advice in HOW_TO_FIX.values())


def test_reports_carry_the_advice_for_each_check_found() -> None:
    finding = PageFinding("/", "on white, hardest", 320, "icon-glyphs", ".fa", "Arial")
    result = AuditResult(("/",), ("on white, hardest",), 1, (finding,), 1.0, {})
    assert json.loads(as_json(result))["how_to_fix"] == {"icon-glyphs": HOW_TO_FIX["icon-glyphs"]}
    assert "A11Y_ICON_FONTS" in as_html(result)


def test_the_picture_of_a_finding_shows_the_whole_element(browser: Browser) -> None:
    """The search field is 10 px tall at 200 %: its picture holds the line it cuts off."""
    from PIL import Image

    hardest = Setting("on white, hardest", {**HARDEST, "scheme": "white"}, (DESKTOP,))
    with serving(broken_site.create_app()) as url:
        audit = PageAudit(browser, url, PreferenceModel.build(), crops=True)
        findings = audit.layout("/", [hardest])
    [clipped] = [f for f in findings if (f.check, f.selector) == ("clipped-controls", "#search")]
    picture = Image.open(io.BytesIO(clipped.image))
    assert picture.height >= 32 + 2 * PICTURE_MARGIN_PX  # a 200 % line, not the 10 px box


def test_a_view_in_normal_mode_after_one_in_the_mode_shows_the_normal_page(
    browser: Browser,
) -> None:
    """Views with JavaScript off share a page: the mode's cookie must not outlive its view."""
    hardest = Setting("on black, hardest", {**HARDEST, "scheme": "black"}, (DESKTOP,))
    normal = Setting("normal", None, (DESKTOP,))
    with serving(broken_site.create_app()) as url:
        first = PageAudit(browser, url, PreferenceModel.build()).screenshot("/", normal)
        audit = PageAudit(browser, url, PreferenceModel.build())
        in_mode, after = audit.screenshot("/", hardest), audit.screenshot("/", normal)
    assert in_mode != first
    assert after == first


#: A notice board a script fills after load, and an article the server writes out.
SCRIPT_DRAWN = """<!doctype html><html lang="en"><head><title>Board</title>
<script src="/board.js" defer></script></head><body><main id="board"></main></body></html>"""
FILL_THE_BOARD = """addEventListener("DOMContentLoaded", () => {
  document.querySelector("#board").textContent = "Notice: ".repeat(60);
});"""
SERVER_DRAWN = f"<!doctype html><html lang=en><title>Article</title><p>{'News. ' * 60}</p>"


def _boards_app() -> Flask:
    app = Flask(__name__)
    A11yKit(app)
    app.add_url_rule("/board", "board", lambda: SCRIPT_DRAWN)
    app.add_url_rule("/article", "article", lambda: SERVER_DRAWN)
    app.add_url_rule(
        "/board.js", "js", lambda: Response(FILL_THE_BOARD, mimetype="text/javascript")
    )
    return app


def test_a_page_drawn_by_its_script_needs_javascript(browser: Browser) -> None:
    with serving(_boards_app()) as url:
        audit = PageAudit(browser, url, PreferenceModel.build())
        found = {path: audit.needs_javascript(path) for path in ("/board", "/article")}
    [board] = found["/board"]
    assert (board.check, board.setting, found["/article"]) == ("needs-javascript", "normal", [])
    assert not board.fails_the_run


def test_the_normal_versions_own_look_is_reported_without_failing_the_run() -> None:
    own = PageFinding("/", "normal", 1280, "placeholder-contrast", "#name", "2.85:1")
    broken = PageFinding("/", "normal", 1280, "http-status", "html", "answered 500")
    in_mode = PageFinding("/", "on white, 100%", 1280, "placeholder-contrast", "#name", "2.85:1")
    result = AuditResult(("/",), ("normal",), 1, (own, broken, in_mode), 1.0, {})
    assert [f["fails_the_run"] for f in json.loads(as_json(result))["findings"]] == [
        False,
        True,
        True,
    ]
    assert "3 findings, 1 of them the normal version's own (not failing the run)" in summary(result)


def test_setup_may_return_cookies_in_playwrights_shape(tmp_path: Path) -> None:
    setup = "tests.audit.setups:playwright_shaped_cookies"
    run = run_audit("examples.news", tmp_path, "--page", "/news/", "--setup", setup)
    assert (run.exit_code, "Traceback" in run.output) == (0, False), run.output


ON_BLACK_HARDEST = "on black, hardest"


def repeated_finding(*settings: tuple[str, int]) -> AuditResult:
    findings = tuple(
        PageFinding("/", setting, width, "sideways-scroll", "#search", "591 px > 320 px")
        for setting, width in settings
    )
    names = tuple(dict.fromkeys(setting for setting, _ in settings))
    return AuditResult(("/",), names, len(settings), findings, 1.0, {})


def test_a_finding_repeated_across_settings_is_one_line_naming_them() -> None:
    result = repeated_finding((ON_BLACK_HARDEST, 320), ("on blue, hardest", 320))
    lines = [line for line in summary(result).splitlines() if "#search" in line]
    assert lines == [
        "/ sideways-scroll: #search (591 px > 320 px) "
        "[on black, hardest @320px, on blue, hardest @320px]"
    ]


def test_reports_name_the_rules_each_check_evidences() -> None:
    result = repeated_finding((ON_BLACK_HARDEST, 320))
    rules = json.loads(as_json(result))["rules"]["sideways-scroll"]
    assert "1.4.10 Reflow" in rules["wcag"]
    assert rules["gost"].startswith("GOST R 52872-2019")
    assert "200 %" in rules["decree-102"]
    assert "WCAG 2.2 1.4.10 Reflow" in as_html(result)
    assert "GOST R 52872-2019" in summary(dataclasses.replace(result, standard="gost"))


#: Defects whose advice depends on what the element is: a field with no border at all (no
#: ``!important`` anywhere), a button and a link with nothing in them.
UNNAMED_AND_EDGELESS = """<!doctype html><html lang="en"><title>Form</title><main>
<label for="q">Search</label> <input id="q" style="border: 0; background: #fff">
<button id="go"></button> <a id="home" href="/"></a></main>"""


def test_advice_follows_what_was_measured_at_the_element(page: Page) -> None:
    page.set_content(UNNAMED_AND_EDGELESS)
    found = {f.selector: f for f in page_findings(page, mode=True)}
    field, button, link = found["#q"], found["#go"], found["#home"]
    assert (field.check, field.cause) == ("field-edge", "no-border")
    assert "!important" not in advice_for(field.check, field.cause)
    assert (button.cause, link.cause) == ("button", "empty-link")
    assert "alt" not in advice_for(button.check, button.cause)
    assert "alt" not in advice_for(link.check, link.cause)


def test_reports_give_each_finding_its_own_advice(broken_site_audit: AuditRun) -> None:
    titles = [f for f in broken_site_audit.report["findings"] if f["selector"] == "#wide-title"]
    assert titles and {title["cause"] for title in titles} == {"nowrap"}
    assert all("white-space: nowrap" in title["advice"] for title in titles)
    assert "white-space: nowrap" in broken_site_audit.html.read_text()


#: Radios of one group and checkboxes on one screen, and one checkbox drawn the same either
#: way: checked or not, a plain square of the page's own colours.
STATES_ON_ONE_SCREEN = """<!doctype html><html lang="en"><title>Form</title><main><form>
<p><label><input type="radio" name="when" checked> Morning</label>
<label><input type="radio" name="when"> Noon</label>
<label><input type="radio" name="when"> Evening</label></p>
<p><label><input type="checkbox" id="news"> News</label>
<label><input type="checkbox" id="flat" style="appearance: none; width: 16px; height: 16px;
 border: 2px solid #000"> Flat</label></p></form>
<div style="height: 3000px"></div>
<p><label><input type="checkbox" id="far" style="appearance: none; width: 16px; height: 16px;
 border: 2px solid #000"> Far down</label></p></main>"""


def test_checkbox_states_are_judged_a_screen_at_a_time(page: Page) -> None:
    """Each box changes when flipped, radios one of a group at a time, and each box is put
    back as it was: only the two boxes that look the same checked and unchecked are found."""
    page.set_content(STATES_ON_ONE_SCREEN)
    found = [(f.check, f.selector) for f in unreadable_states(page)]
    assert found == [("checkbox-state", "#flat"), ("checkbox-state", "#far")]
    checked = "[...document.querySelectorAll('input')].map((e) => e.checked)"
    assert page.evaluate(checked) == [True, False, False, False, False, False]
