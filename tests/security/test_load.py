"""A short burst of the loopback load benchmark: no 5xx, no visitor sees another's mode."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.support.installed_wheel import REPO

EXPECTED_STATUSES = {"200", "204", "303", "403", "413"}


def test_mixed_load_has_no_server_errors_and_no_leaks() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "benchmarks.load", "4", "30", "--json"],
        capture_output=True,
        text=True,
        timeout=50,
        cwd=REPO,
        check=True,
    )
    results = json.loads(run.stdout)
    for tally in results.values():
        assert set(tally["statuses"]) <= EXPECTED_STATUSES, tally["statuses"]
        assert tally["leaks"] == []
    assert {"200", "303", "403", "413"} <= set(results["with a11y_kit"]["statuses"])
