"""Print the corpus table of docs/real-sites.md, as measured now.

``.venv/bin/python scripts/corpus_table.py`` (after ``bash scripts/test.sh`` set up the corpus):
findings in the mode per corpus page and check, in the views ``tests/corpus`` measures
(``tests/corpus/conftest.py``), and axe-core rules the hardest setting on black and on blue adds
over normal mode.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from a11y_kit.audit.browser import CHROMIUM_ARGS, find_chromium
from a11y_kit.audit.report import CHECKS
from a11y_kit.audit.runner import PageAudit, PageFinding
from a11y_kit.audit.server import serving
from tests.corpus.conftest import MODEL, SETTINGS, VIEWS
from tests.corpus.site import PAGES, SITE_ICON_FONT, create_app

#: The checks of a page in the mode (the rest say a page could not be audited).
MODE_CHECKS = [check for check in CHECKS if check not in ("http-status", "left-the-site")]


def measured(audit: PageAudit, page: str) -> list[PageFinding]:
    """Every finding of ``page`` in the corpus views, and the axe rules the mode adds."""
    path = f"/{page}"
    icons = audit.normal_icons(path)
    found = [
        finding
        for view in VIEWS
        for finding in audit.view(
            path, view.setting, view.width, javascript=view.javascript, normal_icons=icons
        )
    ]
    hardest = [s for s in SETTINGS if s.name in ("on black, hardest", "on blue, hardest")]
    return found + audit.added_axe_rules(path, hardest)


def main() -> None:
    """Measure every corpus page and print one Markdown row per page."""
    counts: dict[str, Counter] = {}
    with serving(create_app()) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        audit = PageAudit(browser, url, MODEL, icon_families=(SITE_ICON_FONT,))
        for page in PAGES:
            counts[page] = Counter(finding.check for finding in measured(audit, page))
        browser.close()
    print(f"Findings in the mode, {len(VIEWS)} views per page and axe in 2 settings:\n")
    print("| page | " + " | ".join(MODE_CHECKS) + " |")
    print("|---|" + "---|" * len(MODE_CHECKS))
    for page in PAGES:
        print(f"| {page} | " + " | ".join(str(counts[page][c]) for c in MODE_CHECKS) + " |")


if __name__ == "__main__":
    main()
