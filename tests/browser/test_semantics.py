"""What a screen reader gets: a labelled landmark, labelled groups, pressed state, a polite
status region; checked on the accessibility tree."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from a11y_kit.preferences import Preferences
from tests.browser.modes import visit_in_mode
from tests.browser.toolbar import open_settings

TOOLBAR_TREE = """
- region "Accessibility settings":
  - link "Skip to content":
    - /url: "#a11y-after-toolbar"
  - button "Normal version"
  - group:
    - text: Settings
    - group "Font":
      - text: Font
      - button "Arial"
      - button "Times New Roman" [pressed]
    - group "Font size":
      - text: Font size
      - button "100%"
      - button "125%"
      - button "150%" [pressed]
      - button "175%"
      - button "200%"
    - group "Letter spacing":
      - text: Letter spacing
      - button "Normal"
      - button "Wide" [pressed]
      - button "Wider"
    - group "Line spacing":
      - text: Line spacing
      - button "Normal"
      - button "1.5" [pressed]
      - button "2"
    - group "Color scheme":
      - text: Color scheme
      - button "on white"
      - button "on black"
      - button "on blue" [pressed]
      - button "on beige"
      - button "on brown"
    - group "Images":
      - text: Images
      - button "On"
      - button "Off" [pressed]
      - button "Grayscale"
    - group "Embedded content":
      - text: Embedded content
      - button "On" [pressed]
      - button "Off"
    - button "Reset settings"
    - button "Listen"
  - button "A\u2212 Smaller text": A\u2212
  - text: 150%
  - button "A+ Larger text": A+
  - 'button "Color scheme: on blue"'
  - status
"""

CHOSEN = Preferences(
    mode="on",
    font="serif",
    size="150",
    spacing="wide",
    line_height="1.5",
    scheme="blue",
    images="off",
)


def test_toolbar_accessibility_tree(page: Page, demo_url: str) -> None:
    visit_in_mode(page, demo_url + "/news/", CHOSEN)
    open_settings(page)
    expect(page.get_by_role("region", name="Accessibility settings")).to_match_aria_snapshot(
        TOOLBAR_TREE
    )


def test_status_region_is_polite(page: Page, demo_url: str) -> None:
    visit_in_mode(page, demo_url + "/news/", CHOSEN)
    expect(page.get_by_role("status")).to_have_attribute("aria-live", "polite")


def test_toolbar_is_the_first_landmark(page: Page, demo_url: str) -> None:
    visit_in_mode(page, demo_url + "/news/", CHOSEN)
    first = page.locator("body > *").first
    expect(first).to_have_attribute("aria-label", "Accessibility settings")
    assert first.evaluate("element => element.tagName") == "SECTION"
