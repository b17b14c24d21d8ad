"""How long ``flask a11y audit`` takes a site owner: seconds per page and setting.

The real command in its own process, on the demo article and on a corpus page built on
Bootstrap 5 (``tests/corpus``, set up by the test command), its time as it reports it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import NamedTuple

REPO = Path(__file__).resolve().parents[1]
#: The audited pages: the app as ``flask --app`` takes it, and the path.
AUDITED = (
    ("examples.news", "/news/library-opening-hours"),
    ("tests.corpus.site:create_app()", "/bootstrap5"),
)


class AuditSpeed(NamedTuple):
    """One command's run: what it audited and how long it took."""

    page: str
    settings: int
    views: int
    seconds: float

    @property
    def per_page_and_setting(self) -> float:
        return self.seconds / self.settings


def audit_speed(app: str, page: str) -> AuditSpeed:
    """Run ``flask a11y audit --page PAGE`` on ``app``; its own count of settings and seconds."""
    with tempfile.TemporaryDirectory() as directory:
        report = Path(directory) / "audit.json"
        command = [sys.executable, "-m", "flask", "--app", app, "a11y", "audit"]
        command += ["--page", page, "--json", str(report)]
        subprocess.run(command, cwd=REPO, capture_output=True, timeout=600, check=False)
        measured = json.loads(report.read_text())
    return AuditSpeed(page, len(measured["settings"]), measured["views"], measured["seconds"])


def measure_audits() -> list[AuditSpeed]:
    """Each audited page once."""
    return [audit_speed(app, page) for app, page in AUDITED]
