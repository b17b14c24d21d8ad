"""Every check is total: a control off the page, a page that never finishes, an error answer or
a redirect off the site becomes a finding (or is skipped with its reason), never a crash; and
the checks see what a reader sees (words split in flex items)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from flask import Flask, request
from playwright.sync_api import Browser
from playwright.sync_api import Error as BrowserError

from a11y_kit.audit.pages import link_reader
from a11y_kit.audit.runner import (
    HARDEST,
    NORMAL,
    PHONE,
    SUBRESOURCES_GRACE_MS,
    PageAudit,
    PageFinding,
    Setting,
)
from a11y_kit.audit.server import serving
from a11y_kit.preferences import PreferenceModel
from tests.audit.hostile_site import create_app

BUDGET_MS = 3_000
#: What a view whose checks run out of time reports.
SLOW_CHECKS = ("page-too-slow", "html", "checks not done in 3 s")
HARDEST_ON_A_PHONE = Setting("on white, hardest", {**HARDEST, "scheme": "white"}, (PHONE,))


class OtherHost:
    """Another site (another origin), counting the requests it receives."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.app = Flask(__name__)
        self.app.before_request(lambda: self.requests.append(request.path))
        self.app.add_url_rule("/", "home", lambda: '<link rel="stylesheet" href="/a.css"><p>Other')


@pytest.fixture(scope="module")
def other_host() -> Iterator[tuple[str, OtherHost]]:
    host = OtherHost()
    with serving(host.app) as url:
        yield url, host


@pytest.fixture(scope="module")
def hostile_url(other_host: tuple[str, OtherHost]) -> Iterator[str]:
    app = create_app()
    app.config["OTHER_HOST"] = other_host[0] + "/"
    with serving(app) as url:
        yield url


@pytest.fixture
def audit(browser: Browser, hostile_url: str) -> PageAudit:
    return PageAudit(browser, hostile_url, PreferenceModel.build(), view_budget_ms=BUDGET_MS)


@pytest.mark.parametrize("path", ["/away-to-a-host", "/refreshed-away"])
def test_a_page_sent_to_another_host_is_reported_and_the_host_never_asked(
    audit: PageAudit, other_host: tuple[str, OtherHost], path: str
) -> None:
    _, host = other_host
    host.requests.clear()
    findings = audit.layout(path, [NORMAL, HARDEST_ON_A_PHONE])
    # A refresh fires when the browser gets to it: before the checks or while they run.
    assert "left-the-site" in {finding.check for finding in findings}
    assert host.requests == []


class NavigatedDuringAxe(PageAudit):
    """An audit whose axe pass in the mode meets a page its own script navigated away."""

    def axe_rules(self, path: str, setting: Setting) -> set[str]:
        if setting.preferences is not None:
            raise BrowserError(
                "Execution context was destroyed, most likely because of a navigation"
            )
        return super().axe_rules(path, setting)


def test_a_view_whose_axe_pass_fails_is_a_finding_of_that_view_not_the_end(
    browser: Browser, hostile_url: str
) -> None:
    audit = NavigatedDuringAxe(browser, hostile_url, PreferenceModel.build())
    (finding,) = audit.added_axe_rules("/cards", [HARDEST_ON_A_PHONE])
    assert (finding.setting, finding.check) == ("on white, hardest", "audit-error")
    assert finding.figure.startswith("Error: Execution context was destroyed")


def checks_of(findings: list) -> list[tuple[str, str, str]]:
    return [(finding.setting, finding.check, finding.figure) for finding in findings]


def test_controls_off_the_page_are_checked_without_a_crash(audit: PageAudit) -> None:
    findings = audit.layout("/", [HARDEST_ON_A_PHONE])
    assert "page-too-slow" not in {finding.check for finding in findings}
    assert not [f for f in findings if f.selector in ("#off-canvas", "#off-canvas-box")]


def test_page_that_never_finishes_is_reported_as_too_slow(audit: PageAudit) -> None:
    started = time.perf_counter()
    findings = audit.layout("/never", [NORMAL])
    assert checks_of(findings) == [("normal", "page-too-slow", "not ready in 3 s")]
    assert time.perf_counter() - started < 10


def test_checks_of_a_megabyte_paragraph_finish_within_the_budget_or_say_so(
    audit: PageAudit,
) -> None:
    started = time.perf_counter()
    findings = audit.layout("/long", [HARDEST_ON_A_PHONE])
    assert time.perf_counter() - started < 2 * BUDGET_MS / 1000 + 10
    slow = [finding for finding in findings if finding.check == "page-too-slow"]
    assert slow in ([], [PageFinding("/long", "on white, hardest", PHONE, *SLOW_CHECKS)])


def test_subresource_that_never_finishes_costs_only_a_grace_period(audit: PageAudit) -> None:
    started = time.perf_counter()
    findings = audit.layout("/hanging-image", [NORMAL])
    assert "page-too-slow" not in {finding.check for finding in findings}
    assert time.perf_counter() - started < SUBRESOURCES_GRACE_MS / 1000 + 5


def test_error_answer_is_a_finding_naming_its_status(audit: PageAudit) -> None:
    assert checks_of(audit.layout("/error", [NORMAL])) == [
        ("normal", "http-status", "answered 500")
    ]


def test_error_in_one_setting_is_reported_in_that_setting_only(audit: PageAudit) -> None:
    findings = audit.layout("/error-with-images-off", [NORMAL, HARDEST_ON_A_PHONE])
    assert checks_of(findings) == [("on white, hardest", "http-status", "answered 500")]
    assert audit.added_axe_rules("/error-with-images-off", [HARDEST_ON_A_PHONE]) == []


def test_redirect_to_another_host_is_reported_and_not_followed(audit: PageAudit) -> None:
    findings = audit.layout("/away", [NORMAL])
    assert checks_of(findings) == [
        ("normal", "left-the-site", "redirected to http://elsewhere.invalid/")
    ]


def test_crawl_skips_a_redirect_off_the_site_and_says_so(
    browser: Browser, hostile_url: str
) -> None:
    visit = link_reader(browser, hostile_url, BUDGET_MS)
    assert visit("/away").skipped == "redirected off the site, to http://elsewhere.invalid/"


def test_crawl_counts_a_redirecting_route_as_the_page_it_ends_on(
    browser: Browser, hostile_url: str
) -> None:
    assert link_reader(browser, hostile_url, BUDGET_MS)("/moved").final_path == "/"


def test_words_split_inside_flex_items_are_reported(audit: PageAudit) -> None:
    findings = audit.layout("/cards", [NORMAL])
    split = {f.selector for f in findings if f.check == "broken-words"}
    assert "#computers" in split
