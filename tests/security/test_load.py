"""A short burst of the loopback load benchmark: no 5xx, no visitor sees another's mode."""

from __future__ import annotations

from benchmarks.load import run_load

EXPECTED_STATUSES = {200, 204, 303, 403, 413}


def test_mixed_load_has_no_server_errors_and_no_leaks() -> None:
    results = run_load(visitors=4, requests=30)
    for tally in results.values():
        assert set(tally.statuses) <= EXPECTED_STATUSES, tally.statuses
        assert tally.leaks == []
    assert {200, 303, 403, 413} <= set(results["with a11y_kit"].statuses)
