"""On every corpus page (real Bootstrap 3 and 5, GOV.UK Frontend, icon fonts, a quirks-mode
table layout, a px site), in every scheme at 100 % and at 200 % with the widest spacing and
images off, at 1280 and 320 px, JavaScript off: nothing a visitor would find broken."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Browser, Page, expect

from a11y_kit.audit.runner import HARDEST, NORMAL, PageAudit, PageFinding
from a11y_kit.audit.server import serving
from tests.corpus.conftest import MODEL, SETTINGS
from tests.corpus.site import PAGES, SITE_ICON_FONT, create_app

Findings = Callable[[str], list[PageFinding]]
CORPUS = list(PAGES)


def of_check(findings: list[PageFinding], check: str) -> list[str]:
    """One readable line per finding of ``check`` in the mode (normal mode is the site's own)."""
    return [
        f"{f.setting} @{f.width}px {f.selector}: {f.figure}"
        for f in findings
        if f.check == check and f.setting != NORMAL.name
    ]


@pytest.mark.parametrize("page", CORPUS)
def test_no_sideways_scroll(layout_findings: Findings, page: str) -> None:
    assert of_check(layout_findings(page), "sideways-scroll") == []


@pytest.mark.parametrize("page", CORPUS)
def test_no_word_broken_inside_itself(layout_findings: Findings, page: str) -> None:
    assert of_check(layout_findings(page), "broken-words") == []


@pytest.mark.parametrize("page", CORPUS)
def test_icon_glyphs_are_unchanged(layout_findings: Findings, page: str) -> None:
    assert of_check(layout_findings(page), "icon-glyphs") == []


@pytest.mark.parametrize("page", CORPUS)
def test_checked_and_unchecked_differ_at_3_to_1(layout_findings: Findings, page: str) -> None:
    assert of_check(layout_findings(page), "checkbox-state") == []


@pytest.mark.parametrize("page", CORPUS)
def test_icon_only_controls_stay_visible(layout_findings: Findings, page: str) -> None:
    assert of_check(layout_findings(page), "icon-only-controls") == []


@pytest.mark.parametrize("page", CORPUS)
def test_placeholders_are_readable_and_unlike_typed_text(
    layout_findings: Findings, page: str
) -> None:
    assert of_check(layout_findings(page), "placeholder-contrast") == []


@pytest.mark.parametrize("page", CORPUS)
def test_form_controls_never_clip_their_text(layout_findings: Findings, page: str) -> None:
    assert of_check(layout_findings(page), "clipped-controls") == []


@pytest.mark.parametrize("page", CORPUS)
def test_images_off_shows_alt_text_in_place(layout_findings: Findings, page: str) -> None:
    assert of_check(layout_findings(page), "images-off-alt") == []


@pytest.mark.parametrize("page", CORPUS)
def test_links_keep_a_visible_name_and_no_empty_focus_stop(
    layout_findings: Findings, page: str
) -> None:
    assert of_check(layout_findings(page), "empty-focus-stop") == []


@pytest.mark.parametrize("page", CORPUS)
def test_text_columns_keep_25_characters_a_line(layout_findings: Findings, page: str) -> None:
    assert of_check(layout_findings(page), "squeezed-text") == []


@pytest.mark.parametrize("page", CORPUS)
def test_disabled_controls_look_disabled(layout_findings: Findings, page: str) -> None:
    assert of_check(layout_findings(page), "disabled-indistinct") == []


@pytest.mark.parametrize("page", CORPUS)
def test_text_keeps_the_schemes_contrast(layout_findings: Findings, page: str) -> None:
    assert of_check(layout_findings(page), "text-contrast") == []


@pytest.mark.parametrize("page", CORPUS)
def test_axe_finds_nothing_new_in_the_mode(corpus_audit: PageAudit, page: str) -> None:
    hardest = [setting for setting in SETTINGS if setting.name.endswith("hardest")]
    assert corpus_audit.added_axe_rules(f"/{page}", hardest) == []


@pytest.mark.parametrize("page", ["bootstrap5", "bootstrap3"])
def test_checkboxes_stay_24_px_targets_at_100_percent(corpus_audit: PageAudit, page: str) -> None:
    """At 100 % the mode's checkboxes and radios grow to 24 px; their rows grow with them."""
    at_100 = [setting for setting in SETTINGS if setting.name == "on white, 100%"]
    assert corpus_audit.added_axe_rules(f"/{page}", at_100) == []


def test_a_sites_own_icon_font_needs_a11y_icon_fonts(browser: Browser) -> None:
    """The control: without the config key the px page's own icon font loses its glyph."""
    with serving(create_app({"A11Y_ICON_FONTS": None})) as url:
        audit = PageAudit(browser, url, MODEL, icon_families=(SITE_ICON_FONT,))
        hardest = [setting for setting in SETTINGS if setting.name == "on black, hardest"]
        changed = of_check(audit.layout("/px", hardest), "icon-glyphs")
    icon = "#content > div > p > span: FontAwesome → Liberation Serif"
    assert changed == [f"on black, hardest @{width}px {icon}" for width in (1280, 320)]


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
