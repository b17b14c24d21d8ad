"""Print the corpus-by-checks table of docs/real-sites.md, as measured now.

``.venv/bin/python scripts/corpus_table.py`` (after ``bash scripts/test.sh`` set up the corpus):
findings in the mode per corpus page and check, over every scheme at 100 % and at the hardest
setting, at 1280 and 320 px, JavaScript off (as ``tests/corpus`` measures them), and axe-core
rules the hardest setting adds over normal mode.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from a11y_kit.audit.browser import CHROMIUM_ARGS, find_chromium
from a11y_kit.audit.runner import NORMAL, PageAudit
from a11y_kit.audit.server import serving
from tests.corpus.conftest import MODEL, SETTINGS
from tests.corpus.site import PAGES, SITE_ICON_FONT, create_app

CHECKS = (
    "sideways-scroll",
    "broken-words",
    "icon-glyphs",
    "checkbox-state",
    "icon-only-controls",
    "placeholder-contrast",
    "clipped-controls",
    "images-off-alt",
    "empty-focus-stop",
    "squeezed-text",
    "disabled-indistinct",
    "text-contrast",
    "axe",
)


def main() -> None:
    """Measure every corpus page and print one Markdown row per check."""
    counts: dict[str, Counter] = {}
    with serving(create_app()) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        audit = PageAudit(browser, url, MODEL, icon_families=(SITE_ICON_FONT,))
        hardest = [setting for setting in SETTINGS if setting.name.endswith("hardest")]
        for page in PAGES:
            found = audit.layout(f"/{page}", SETTINGS) + audit.added_axe_rules(f"/{page}", hardest)
            counts[page] = Counter(f.check for f in found if f.setting != NORMAL.name)
        browser.close()
    views = sum(len(setting.widths) for setting in SETTINGS if setting is not NORMAL)
    print(f"Findings in the mode, {views} views per page (settings x widths):\n")
    print("| check | " + " | ".join(PAGES) + " |")
    print("|---|" + "---|" * len(PAGES))
    for check in CHECKS:
        print(f"| {check} | " + " | ".join(str(counts[page][check]) for page in PAGES) + " |")


if __name__ == "__main__":
    main()
