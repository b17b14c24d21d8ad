"""Driving Chromium through a page in every setting of a matrix, and collecting findings."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from contextlib import suppress
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from playwright.sync_api import Browser, BrowserContext, Page
from playwright.sync_api import Error as BrowserError

from ..preferences import PreferenceModel
from .browser import navigations_off_the_site
from .checks import (
    VIEW_BUDGET_MS,
    Finding,
    changed_icons,
    icon_fonts,
    invisible_icon_controls,
    page_findings,
    picture,
    unreadable_states,
)

if TYPE_CHECKING:
    from playwright._impl._api_structures import SetCookieParam

DESKTOP, PHONE = 1280, 320
#: A phone of today, for views with JavaScript on (menus and dialogs its scripts open).
TALL_PHONE = 390
#: The setting that strains a layout most: 200 %, widest spacing, serif, images off, with
#: motion stopped and calm text (every preference that changes a box at its most).
HARDEST: dict[str, str] = {
    "font": "serif",
    "size": "200",
    "spacing": "wider",
    "line_height": "2",
    "images": "off",
    "motion": "stopped",
    "text": "calm",
}
#: WCAG 2.0-2.2 A and AA, best practices, and the AAA contrast rule the schemes promise.
AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
    },
    "rules": {"color-contrast-enhanced": {"enabled": True}},
    "resultTypes": ["violations"],
}
#: How long a view waits for its subresources (images, fonts) once the document is there; a
#: subresource that never finishes costs no more than this.
SUBRESOURCES_GRACE_MS = 5_000
#: With JavaScript, a page is settled once it has had no request in flight and no finite
#: animation running (a looping spinner never ends, a dialog's fade does) for this long.
SCRIPTS_QUIET_MS, _POLL_MS = 150, 50
_ANIMATING = """() => document.getAnimations().some((animation) =>
  animation.playState === "running" && animation.effect?.getTiming().iterations !== Infinity)"""


class InFlight:
    """How many of a page's requests are in flight, counted from before it is opened."""

    def __init__(self, page: Page) -> None:
        self.pending = 0
        page.on("request", self._started)
        page.on("requestfinished", self._ended)
        page.on("requestfailed", self._ended)

    def _started(self, _request: object) -> None:
        self.pending += 1

    def _ended(self, _request: object) -> None:
        self.pending -= 1


def wait_for_scripts(page: Page, requests: InFlight, limit_ms: int) -> None:
    """Wait (at most ``limit_ms``) until the page's scripts are done for now: what they
    fetch after load has arrived and what they animate has ended (a dialog filled from the
    server, then faded in)."""
    waited = quiet = 0
    while waited < limit_ms and quiet < SCRIPTS_QUIET_MS:
        busy = requests.pending > 0 or page.evaluate(_ANIMATING)
        quiet = 0 if busy else quiet + _POLL_MS
        page.wait_for_timeout(_POLL_MS)
        waited += _POLL_MS


#: How long a view that failed waits to hear of a navigation stopped off the site, which is
#: what made it fail when a refresh or a script sent the page away.
STOPPED_NAVIGATION_MS = 250


class ViewProblem(Exception):
    """A view that cannot be checked; ``check`` and ``figure`` say why, as a finding."""

    def __init__(self, check: str, figure: str) -> None:
        super().__init__(figure)
        self.check = check
        self.figure = figure


@dataclass(frozen=True)
class Setting:
    """A visitor's preferences (``None``: normal mode, no cookie) and the widths to check."""

    name: str
    preferences: Mapping[str, str] | None
    widths: tuple[int, ...] = (DESKTOP, PHONE)


NORMAL = Setting("normal", None, (DESKTOP,))


def every_scheme(model: PreferenceModel, hardest_in_every_scheme: bool = True) -> list[Setting]:
    """Normal mode; each scheme at 100 %; the hardest setting in each scheme (or the first)."""
    schemes = model.choices["scheme"]
    settings = [NORMAL]
    settings += [Setting(f"on {scheme}, 100%", {"scheme": scheme}) for scheme in schemes]
    for scheme in schemes if hardest_in_every_scheme else schemes[:1]:
        settings.append(Setting(f"on {scheme}, hardest", {**HARDEST, "scheme": scheme}))
    return settings


class PageFinding(NamedTuple):
    """A finding on one page, in one setting, at one width (``image``: a PNG crop, if taken)."""

    page: str
    setting: str
    width: int
    check: str
    selector: str
    figure: str
    #: What was measured of the element that chooses the advice (``advice.CAUSES``).
    cause: str = ""
    image: bytes = b""

    @property
    def fails_the_run(self) -> bool:
        """Whatever the mode does wrong, and a page that could not be audited at all; how the
        normal version looks is the site's own (reported, never failing the run)."""
        return self.setting != NORMAL.name or self.check in UNAUDITABLE


#: A page whose text without JavaScript is under this share of its text with it (when it has
#: at least ``SCRIPT_DRAWN_MIN_CHARS`` with it) is drawn by its script.
SCRIPT_DRAWN_SHARE = 0.25
SCRIPT_DRAWN_MIN_CHARS = 200
_SHOWN_TEXT = "() => (document.body?.innerText || '').replace(/\\s+/g, ' ').trim().length"

#: Findings that keep a page from being audited: they fail the run in normal mode too.
UNAUDITABLE = ("http-status", "left-the-site", "page-too-slow", "audit-error")


def _sent_away(page: Page, left: list[str]) -> bool:
    """Whether the page was sent off the site; the browser tells of a navigation it stopped
    just after the failure it caused, so a failed view waits a moment to hear of it."""
    if not left:
        with suppress(BrowserError):
            page.wait_for_timeout(STOPPED_NAVIGATION_MS)
    return bool(left)


def _said(error: Exception) -> str:
    """The first line of what went wrong, as a finding's figure."""
    return f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"


@dataclass
class PageAudit:
    """Audits pages of one site served at ``base_url`` with a launched Chromium."""

    browser: Browser
    base_url: str
    model: PreferenceModel
    cookie_name: str = "a11y"
    icon_families: tuple[str, ...] = ()
    #: Extra cookies every visit carries (a signed-in test user, from ``--setup``).
    cookies: tuple[dict[str, Any], ...] = ()
    #: Take a cropped screenshot of each finding's element (for the HTML report).
    crops: bool = False
    #: How long each view may take (its document, then its checks).
    view_budget_ms: int = VIEW_BUDGET_MS
    #: Each open view's addresses off the site it was sent to.
    _sent_to: dict[Page, list[str]] = field(default_factory=dict, init=False, repr=False)
    #: A page kept open per width for the views with JavaScript off: a new page costs a
    #: renderer process, three times the rest of a view's opening. Without scripts a page
    #: leaves nothing behind but its cookies, which each view replaces.
    _kept: dict[int, Page] = field(default_factory=dict, init=False, repr=False)

    def screenshot(self, path: str, setting: Setting) -> bytes:
        """The first screen of ``path`` at desktop width in ``setting``, as PNG (empty when
        the view cannot be opened)."""
        try:
            page = self._open(path, setting, DESKTOP, javascript=False)
        except ViewProblem:
            return b""
        try:
            return page.screenshot()
        finally:
            self._close(page)

    def _open(self, path: str, setting: Setting, width: int, javascript: bool) -> Page:
        page = self._page(width, javascript)
        cookies: list[SetCookieParam] = [
            cast("SetCookieParam", self._placed(cookie)) for cookie in self.cookies
        ]
        if setting.preferences is not None:
            value = self.model.cookie_for(**setting.preferences)
            cookies.append({"name": self.cookie_name, "value": value, "url": self.base_url})
        page.context.clear_cookies()
        if cookies:
            page.context.add_cookies(cookies)
        requests = InFlight(page) if javascript else None
        left = self._sent_to[page]
        try:
            response = page.goto(self.base_url + path, wait_until="domcontentloaded")
            problem = self._problem(response, left)
            if problem is None:
                self._settle(page, requests)
                problem = self._problem(response, left)  # a refresh or a script sent it away
        except BrowserError as error:
            problem = ViewProblem("page-too-slow", f"not ready in {self.view_budget_ms / 1000:g} s")
            if _sent_away(page, left):
                problem = ViewProblem("left-the-site", f"redirected to {left[0]}")
            problem.__cause__ = error
        if problem is not None:
            self._discard(page)
            raise problem
        return page

    def _page(self, width: int, javascript: bool) -> Page:
        """The kept page of ``width`` (JavaScript off), else a new one in a context of its own."""
        kept = None if javascript else self._kept.get(width)
        if kept is not None:
            self._sent_to[kept].clear()
            return kept
        context: BrowserContext = self.browser.new_context(
            viewport={"width": width, "height": 800}, java_script_enabled=javascript
        )
        page = context.new_page()
        self._sent_to[page] = navigations_off_the_site(page, self.base_url, self.view_budget_ms)
        page.set_default_timeout(self.view_budget_ms)
        if not javascript:
            self._kept[width] = page
        return page

    def _placed(self, cookie: Mapping[str, Any]) -> dict[str, Any]:
        """A cookie that names no ``url`` nor ``domain`` is the audited site's."""
        return dict(cookie) if {"url", "domain"} & set(cookie) else {**cookie, "url": self.base_url}

    def _close(self, page: Page) -> None:
        """Done with the view's page: closed, unless it is kept for the next view."""
        if page in self._kept.values() or page.is_closed():
            return
        self._sent_to.pop(page, None)
        page.context.close()

    def _discard(self, page: Page) -> None:
        """Close the page even if it was kept: a view failed in it, it starts no other."""
        self._kept = {width: kept for width, kept in self._kept.items() if kept is not page}
        self._close(page)

    @staticmethod
    def _problem(response: object, left: list[str]) -> ViewProblem | None:
        """Why the page that answered is not one to check, if it is not."""
        if left:
            return ViewProblem("left-the-site", f"redirected to {left[0]}")
        status = getattr(response, "status", None)
        if status is None or not 200 <= status < 300:
            return ViewProblem("http-status", f"answered {status}")
        return None

    @staticmethod
    def _settle(page: Page, requests: InFlight | None) -> None:
        """Wait for the subresources (a short while) and the fonts, as a visitor's page does;
        with JavaScript (``requests`` counted), also for its scripts' work after load."""
        # A subresource that never finishes: check the page as it is drawn by then.
        with suppress(BrowserError):
            page.wait_for_load_state("load", timeout=SUBRESOURCES_GRACE_MS)
            if requests is not None:
                wait_for_scripts(page, requests, SUBRESOURCES_GRACE_MS)
        page.evaluate("document.fonts.ready.then(() => true)")  # icon fonts drawn, not pending

    def layout(self, path: str, settings: Iterable[Setting]) -> list[PageFinding]:
        """Every check with JavaScript off, as the page is drawn at first paint."""
        normal_icons = self.normal_icons(path)
        return [
            finding
            for setting, width in views_of(settings)
            for finding in self.view(path, setting, width, normal_icons=normal_icons)
        ]

    def view(
        self,
        path: str,
        setting: Setting,
        width: int,
        *,
        javascript: bool = False,
        normal_icons: dict[str, tuple[str, ...]] | None = None,
    ) -> list[PageFinding]:
        """Every check on one view of ``path``: one setting, one width, JavaScript on or off
        (with it on, what the page's scripts draw after load is checked too)."""
        if normal_icons is None:
            normal_icons = self.normal_icons(path)
        try:
            return self._view(path, setting, width, normal_icons, javascript)
        except ViewProblem as problem:
            return [PageFinding(path, setting.name, width, problem.check, "html", problem.figure)]
        except Exception as error:
            return [PageFinding(path, setting.name, width, "audit-error", "html", _said(error))]

    def _view(
        self, path: str, setting: Setting, width: int, normal_icons: dict, javascript: bool
    ) -> list[PageFinding]:
        page = self._open(path, setting, width, javascript=javascript)
        try:
            in_mode = setting.preferences is not None
            findings = page_findings(page, in_mode, self.view_budget_ms)
            if in_mode:
                findings += self._pixel_and_font_checks(page, normal_icons)
            return [
                PageFinding(path, setting.name, width, *f, self._crop(page, f.selector))
                for f in findings
            ]
        except BrowserError as error:
            left = self._sent_to[page]
            sent_away = _sent_away(page, left)
            self._discard(page)
            if sent_away:  # a refresh or a script sent it away while checked
                raise ViewProblem("left-the-site", f"redirected to {left[0]}") from error
            budget = f"checks not done in {self.view_budget_ms / 1000:g} s"
            raise ViewProblem("page-too-slow", budget) from error
        finally:
            self._close(page)

    def _crop(self, page: Page, selector: str) -> bytes:
        if not self.crops:
            return b""
        try:
            return picture(page, selector)
        except BrowserError:
            return b""

    def normal_icons(self, path: str) -> dict[str, tuple[str, ...]]:
        """Each icon of ``path`` in normal mode and the fonts it is drawn with."""
        try:
            page = self._open(path, NORMAL, DESKTOP, javascript=False)
        except ViewProblem:
            return {}
        try:
            return icon_fonts(page, self.icon_families)
        except BrowserError:  # the page went away (a refresh, a script): its views say why
            return {}
        finally:
            self._close(page)

    def _pixel_and_font_checks(self, page: Page, normal_icons: dict) -> list[Finding]:
        in_mode = icon_fonts(page, self.icon_families, list(normal_icons))
        return [
            *changed_icons(normal_icons, in_mode),
            *unreadable_states(page),
            *invisible_icon_controls(page),
        ]

    def needs_javascript(self, path: str) -> list[PageFinding]:
        """``needs-javascript`` when the page shows almost no text without JavaScript: its
        content is drawn by script, and the checks without JavaScript saw an empty page."""
        shown = []
        for javascript in (False, True):
            try:
                page = self._open(path, NORMAL, DESKTOP, javascript=javascript)
            except ViewProblem:
                return []  # the layout checks report why
            try:
                shown.append(int(page.evaluate(_SHOWN_TEXT)))
            except BrowserError:
                return []  # the page went away: its views say why
            finally:
                self._close(page)
        without, with_it = shown
        if with_it < SCRIPT_DRAWN_MIN_CHARS or without >= SCRIPT_DRAWN_SHARE * with_it:
            return []
        figure = f"{without} characters of text without JavaScript, {with_it} with it"
        return [PageFinding(path, NORMAL.name, DESKTOP, "needs-javascript", "body", figure)]

    def axe_rules(self, path: str, setting: Setting) -> set[str]:
        """The axe-core rules the page breaks in ``setting`` at desktop width (JavaScript on)."""
        from axe_playwright_python.sync_playwright import Axe

        try:
            page = self._open(path, setting, DESKTOP, javascript=True)
        except ViewProblem:
            return set()  # the layout checks report why
        try:
            violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
        finally:
            self._close(page)
        return {violation["id"] for violation in violations}

    def axe_outcome(self, path: str, setting: Setting) -> set[str] | PageFinding:
        """The axe-core rules broken in ``setting``, or the ``audit-error`` of a run that
        failed (say, because the page's script navigated away)."""
        try:
            return self.axe_rules(path, setting)
        except Exception as error:
            return PageFinding(path, setting.name, DESKTOP, "audit-error", "axe", _said(error))

    def added_axe_rules(self, path: str, settings: Iterable[Setting]) -> list[PageFinding]:
        """axe-core rules a setting breaks that normal mode did not already break."""
        normal = self.axe_outcome(path, NORMAL)
        if isinstance(normal, PageFinding):
            return [normal]
        outcomes = [
            (setting, self.axe_outcome(path, setting)) for setting in mode_settings(settings)
        ]
        return axe_findings(path, normal, outcomes)


def views_of(settings: Iterable[Setting]) -> list[tuple[Setting, int]]:
    """Each setting at each of its widths."""
    return [(setting, width) for setting in settings for width in setting.widths]


def mode_settings(settings: Iterable[Setting]) -> list[Setting]:
    """The settings of the accessibility mode (normal mode left out)."""
    return [setting for setting in settings if setting.preferences is not None]


def axe_findings(
    path: str,
    normal: set[str] | PageFinding,
    outcomes: Iterable[tuple[Setting, set[str] | PageFinding]],
) -> list[PageFinding]:
    """The rules each setting's run broke that normal mode's did not; a run that failed is
    its ``audit-error`` (normal mode's alone, when that one failed)."""
    if isinstance(normal, PageFinding):
        return [normal]
    found: list[PageFinding] = []
    for setting, outcome in outcomes:
        if isinstance(outcome, PageFinding):
            found.append(outcome)
            continue
        found += [
            PageFinding(path, setting.name, DESKTOP, "axe", rule, "new in mode")
            for rule in sorted(outcome - normal)
        ]
    return found
