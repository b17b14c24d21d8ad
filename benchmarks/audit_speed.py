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
    """One command's run: what it audited, with how many Chromiums, and how long it took."""

    page: str
    #: ``--workers`` as given (empty: the default, one per two cores).
    workers: str
    settings: int
    views: int
    seconds: float

    @property
    def per_page_and_setting(self) -> float:
        return self.seconds / self.settings


def audit_speed(app: str, page: str, workers: str = "") -> AuditSpeed:
    """Run ``flask a11y audit --page PAGE`` on ``app`` (with ``--workers``, if given); its own
    count of settings and seconds."""
    with tempfile.TemporaryDirectory() as directory:
        report = Path(directory) / "audit.json"
        command = [sys.executable, "-m", "flask", "--app", app, "a11y", "audit"]
        command += ["--page", page, "--json", str(report), "--quiet"]
        command += ["--workers", workers] if workers else []
        subprocess.run(command, cwd=REPO, capture_output=True, timeout=600, check=False)
        measured = json.loads(report.read_text())
    settings, views = len(measured["settings"]), measured["views"]
    return AuditSpeed(page, workers, settings, views, measured["seconds"])


def measure_audits() -> list[AuditSpeed]:
    """Each audited page once with the default workers (one per two cores); the Bootstrap 5
    page also with two side by side, to show what that gains on this machine."""
    runs = [audit_speed(app, page) for app, page in AUDITED]
    return [*runs, audit_speed(*AUDITED[-1], workers="2")]
