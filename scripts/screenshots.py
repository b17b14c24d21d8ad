"""Take the README's screenshots of the demo: normal mode and two colour schemes.

python scripts/screenshots.py [OUTPUT_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from examples.news import create_app
from tests.chromium import CHROMIUM_ARGS, chromium_path
from tests.live_server import serving

#: File name → the preference cookie the visitor has (None: never switched the mode on).
SHOTS = {
    "normal.png": None,
    "on-blue.png": "1-on-sans-150-wide-1.5-blue-on",
    "on-black.png": "1-on-serif-200-normal-normal-black-grayscale",
}
PAGE = "/news/library-opening-hours"


def take_screenshots(output: Path) -> None:
    """Write one full-page PNG per entry of SHOTS into ``output``."""
    output.mkdir(parents=True, exist_ok=True)
    with serving(create_app()) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        for name, cookie in SHOTS.items():
            context = browser.new_context(viewport={"width": 1280, "height": 1000})
            if cookie:
                context.add_cookies([{"name": "a11y", "value": cookie, "url": url}])
            page = context.new_page()
            page.goto(url + PAGE)
            page.screenshot(path=output / name)
            context.close()
        browser.close()


if __name__ == "__main__":
    take_screenshots(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"))
