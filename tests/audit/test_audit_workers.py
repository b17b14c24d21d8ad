"""The workers that audit views side by side: order kept, a stopped run stops, a browser that
cannot start is an error every job reports."""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace
from typing import Any

import pytest

from a11y_kit.audit.workers import AuditWorkers, audit_workers

pytestmark = pytest.mark.timeout(60)


def _no_browser(_playwright: Any) -> Any:
    return SimpleNamespace(close=lambda: None)


def _nap(seconds: float, done: list[float]) -> Any:
    def job(_audit: Any) -> float:
        time.sleep(seconds)
        done.append(seconds)
        return seconds

    return job


def test_results_come_back_in_the_order_the_jobs_were_given() -> None:
    """Both workers hold a job at once (a barrier); the second job ends first, yet its result
    comes second."""
    both_started = threading.Barrier(2, timeout=30)
    done: list[str] = []

    def slow(_audit: Any) -> str:
        both_started.wait()
        time.sleep(0.3)
        done.append("slow")
        return "slow"

    def quick(_audit: Any) -> str:
        both_started.wait()
        done.append("quick")
        return "quick"

    with audit_workers(2, _no_browser, lambda browser: browser) as workers:
        results = workers.run([slow, quick])
    assert (results, done) == (["slow", "quick"], ["quick", "slow"])


def test_jobs_no_worker_started_are_dropped_when_the_run_stops() -> None:
    done: list[float] = []
    workers = AuditWorkers(1, _no_browser, lambda browser: browser)
    futures = workers.submit([_nap(0.2, done) for _ in range(10)])
    time.sleep(0.1)
    workers.close()
    assert len(done) <= 2
    assert sum(future.cancelled() for future in futures) >= 8


def test_a_browser_that_cannot_start_fails_every_job_with_the_reason() -> None:
    def broken(_playwright: Any) -> Any:
        raise RuntimeError("Chromium could not start: no display")

    with audit_workers(2, broken, lambda browser: browser) as workers:
        futures = workers.submit([_nap(0, []) for _ in range(3)])
        errors = [str(future.exception(timeout=30)) for future in futures]
    assert errors == ["Chromium could not start: no display"] * 3
