"""On every corpus page (real Bootstrap 3, 4 and 5, Bulma, Tailwind's preflight, Foundation,
Pure, UIkit, USWDS, GOV.UK Frontend, icon fonts, a quirks-mode table layout, a px site), in the
views of ``conftest.VIEWS``: nothing a visitor would find broken. Each test asks one check of one
view; the invariants (a)-(f) every page must keep come first."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Browser, Page, expect

from a11y_kit.audit.runner import HARDEST, PageAudit, PageFinding
from a11y_kit.audit.server import serving
from tests.corpus.conftest import MODEL, SETTINGS, VIEWS, View
from tests.corpus.site import PATHS, SITE_ICON_FONT, create_app

Findings = Callable[[str, View], list[PageFinding]]
CORPUS = list(PATHS)
every_view = pytest.mark.parametrize("view", VIEWS, ids=lambda view: view.name)
every_page = pytest.mark.parametrize("page", CORPUS)


def assert_holds(findings: list[PageFinding], check: str) -> None:
    """No finding of ``check`` (a view too slow to measure fails every check)."""
    found = [f"{f.selector}: {f.figure}" for f in findings if f.check in (check, "page-too-slow")]
    assert found == []


#: Each check a view must pass, and what a visitor gets when it does; (a)-(f) are the
#: invariants every page must keep.
HOLDS = {
    "sideways-scroll": "(a) the page never scrolls sideways; a wide table scrolls in its own box",
    "covered-controls": "(b) every link, button and field, the toolbar's included, can be hit "
    "at its centre once scrolled into view",
    "field-edge": "(c) every text field and select has an edge or fill at 3:1",
    "dialog-fit": "(d) an open dialog fits the screen or scrolls inside itself",
    "broken-words": "(e) no word is split inside itself although it fits a line",
    "embed-link": "(f) what a script adds later gets embeds off like the rest",
    "images-off-alt": "(f) images off shows each image's alt text in its place",
    "icon-glyphs": "icon fonts keep their glyphs",
    "checkbox-state": "checked and unchecked differ at 3:1",
    "icon-only-controls": "icon-only controls stay visible",
    "placeholder-contrast": "placeholders are readable and unlike typed text",
    "clipped-controls": "form controls never clip their text",
    "empty-focus-stop": "links keep a visible name and leave no empty focus stop",
    "squeezed-text": "text columns keep 25 characters a line",
    "disabled-indistinct": "disabled controls look disabled",
    "text-contrast": "text keeps the scheme's contrast",
}


@every_page
@every_view
@pytest.mark.parametrize("check", HOLDS)
def test_a_visitor_in_the_mode_finds_nothing_broken(
    view_findings: Findings, page: str, view: View, check: str
) -> None:
    assert_holds(view_findings(page, view), check)


@pytest.mark.parametrize("page", CORPUS)
@pytest.mark.parametrize("scheme", ["black", "blue"])
def test_axe_finds_nothing_new_in_the_mode(corpus_audit: PageAudit, page: str, scheme: str) -> None:
    """axe in the hardest setting on black and on blue (the other schemes change colours only,
    and the contrast tests above hold those)."""
    hardest = [setting for setting in SETTINGS if setting.name == f"on {scheme}, hardest"]
    assert corpus_audit.added_axe_rules(PATHS[page], hardest) == []


@pytest.mark.parametrize("page", ["bootstrap5", "bootstrap3"])
def test_checkboxes_stay_24_px_targets_at_100_percent(corpus_audit: PageAudit, page: str) -> None:
    """At 100 % the mode's checkboxes and radios grow to 24 px; their rows grow with them."""
    at_100 = [setting for setting in SETTINGS if setting.name == "on white, 100%"]
    assert corpus_audit.added_axe_rules(PATHS[page], at_100) == []


def test_a_sites_own_icon_font_needs_a11y_icon_fonts(browser: Browser) -> None:
    """The control: without the config key the px page's own icon font loses its glyph."""
    with serving(create_app({"A11Y_ICON_FONTS": None})) as url:
        audit = PageAudit(browser, url, MODEL, icon_families=(SITE_ICON_FONT,))
        hardest = [setting for setting in SETTINGS if setting.name == "on black, hardest"]
        changed = [
            f"{f.width} {f.selector}: {f.figure}"
            for f in audit.layout("/px", hardest)
            if f.check == "icon-glyphs"
        ]
    icon = "#content > div > p > span: FontAwesome → Liberation Serif"
    assert changed == [f"{width} {icon}" for width in (1280, 320)]


@pytest.mark.browser_context_args(java_script_enabled=False, viewport={"width": 320, "height": 640})
def test_a_collapsed_bootstrap_3_menu_opens_from_its_drawn_toggler_without_javascript(
    page: Page, corpus_url: str
) -> None:
    cookie = MODEL.cookie_for(**HARDEST)
    page.context.add_cookies([{"name": "a11y", "value": cookie, "url": corpus_url}])
    page.goto(corpus_url + "/bootstrap3_login")
    contacts = page.get_by_role("link", name="Contacts")
    expect(contacts).to_be_hidden()
    page.get_by_role("button", name="Toggle navigation").click()
    expect(contacts).to_be_visible()
    contacts.click()
    expect(page).to_have_url(corpus_url + "/bootstrap3_login#contacts")
    bar = page.locator(".icon-bar").first
    drawn = "e => getComputedStyle(e).backgroundColor"
    assert bar.evaluate(drawn) != page.locator("body").evaluate(drawn)
