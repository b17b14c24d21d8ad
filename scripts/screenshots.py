"""Take the README's screenshots of the demo: normal mode, two colour schemes, and a phone at 200 %.

python scripts/screenshots.py [OUTPUT_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from a11y_kit.audit.browser import CHROMIUM_ARGS, find_chromium
from a11y_kit.audit.server import serving
from a11y_kit.testing import preferences_cookie
from examples.news import create_app

#: File name → the visitor's settings (None: never switched the mode on) and the viewport.
SHOTS: dict[str, tuple[dict[str, str] | None, dict[str, int]]] = {
    "normal.png": (None, {"width": 1280, "height": 1000}),
    "on-blue.png": (
        {"size": "150", "spacing": "wide", "line_height": "1.5", "scheme": "blue"},
        {"width": 1280, "height": 1000},
    ),
    "on-black.png": (
        {"font": "serif", "size": "200", "scheme": "black", "images": "grayscale"},
        {"width": 1280, "height": 1000},
    ),
    "phone-200.png": (
        {"size": "200", "spacing": "wider", "line_height": "2", "scheme": "beige"},
        {"width": 390, "height": 844},
    ),
}
PAGE = "/news/library-opening-hours"


def take_screenshots(output: Path) -> None:
    """Write one full-page PNG per entry of SHOTS into ``output``."""
    output.mkdir(parents=True, exist_ok=True)
    with serving(create_app()) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        for name, (settings, viewport) in SHOTS.items():
            context = browser.new_context(viewport=viewport)
            if settings is not None:
                cookie = preferences_cookie(**settings)
                context.add_cookies([{"name": "a11y", "value": cookie, "url": url}])
            page = context.new_page()
            page.goto(url + PAGE)
            page.screenshot(path=output / name)
            context.close()
        browser.close()


if __name__ == "__main__":
    take_screenshots(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"))
