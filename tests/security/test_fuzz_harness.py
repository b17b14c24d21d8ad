"""The atheris harness runs clean for a short burst (longer runs: see docs/security.md)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HARNESS = Path(__file__).resolve().parent.parent / "fuzz" / "fuzz_inputs.py"
REPO = HARNESS.parent.parent.parent


def test_fuzz_harness_finds_nothing_in_a_short_run() -> None:
    result = subprocess.run(
        [sys.executable, str(HARNESS), "-runs=100000", "-seed=1"],
        capture_output=True,
        text=True,
        timeout=50,
        cwd=REPO,
        env={"PYTHONPATH": str(REPO)},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Done 100000 runs" in result.stderr
