"""Views audited side by side: worker threads, each driving a Chromium of its own.

Playwright's synchronous API belongs to the thread that started it, so each worker starts its
own, launches its own browser and keeps its own :class:`PageAudit`. Jobs are functions of that
audit, taken in the order they were given by whichever worker is free; their results come back
in that order too, so a report does not depend on which worker was quicker.
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from contextlib import contextmanager
from typing import Any, TypeVar

from playwright.sync_api import Browser, Playwright, sync_playwright

from .runner import PageAudit

T = TypeVar("T")
Job = Callable[[PageAudit], T]
#: More Chromiums than this add memory, not speed.
MOST_WORKERS = 4
#: Cores one worker keeps busy: its Chromium's renderer and browser process, and the app.
CORES_PER_WORKER = 2


def default_workers() -> int:
    """One worker per two cores this process may use (at least one, at most ``MOST_WORKERS``):
    on two cores a single Chromium already keeps both about 80 % busy."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores // CORES_PER_WORKER, MOST_WORKERS))


class AuditWorkers:
    """``count`` threads auditing side by side; a worker whose browser cannot start fails
    every job it takes with the reason."""

    def __init__(
        self,
        count: int,
        launch: Callable[[Playwright], Browser],
        make_audit: Callable[[Browser], PageAudit],
    ) -> None:
        self._jobs: queue.SimpleQueue[tuple[Job[Any], Future[Any]] | None] = queue.SimpleQueue()
        self._threads = [
            threading.Thread(target=self._work, args=(launch, make_audit), daemon=True)
            for _ in range(count)
        ]
        for thread in self._threads:
            thread.start()

    def submit(self, jobs: Sequence[Job[T]]) -> list[Future[T]]:
        """Queue ``jobs``; their futures, in the same order."""
        futures: list[Future[T]] = []
        for job in jobs:
            future: Future[T] = Future()
            self._jobs.put((job, future))
            futures.append(future)
        return futures

    def run(self, jobs: Sequence[Job[T]]) -> list[T]:
        """Each job's result, in the order of ``jobs`` (a job's exception is raised here)."""
        return [future.result() for future in self.submit(jobs)]

    def close(self) -> None:
        """Drop the jobs no worker has started (a run stopped half way), let every worker
        finish the one it holds, close its browser and end."""
        while True:
            try:
                item = self._jobs.get_nowait()
            except queue.Empty:
                break
            if item is not None:
                item[1].cancel()
        for _ in self._threads:
            self._jobs.put(None)
        for thread in self._threads:
            thread.join()

    def _work(
        self, launch: Callable[[Playwright], Browser], make_audit: Callable[[Browser], PageAudit]
    ) -> None:
        served = False
        try:
            with sync_playwright() as playwright:
                browser = launch(playwright)
                try:
                    self._serve(make_audit(browser))
                    served = True
                finally:
                    browser.close()
        except BaseException as error:
            if not served:  # else the jobs are done: a browser that fails to close is no news
                self._refuse(error)

    def _serve(self, audit: PageAudit) -> None:
        while (item := self._jobs.get()) is not None:
            job, future = item
            try:
                future.set_result(job(audit))
            except BaseException as error:
                future.set_exception(error)

    def _refuse(self, error: BaseException) -> None:
        while (item := self._jobs.get()) is not None:
            item[1].set_exception(error)


@contextmanager
def audit_workers(
    count: int,
    launch: Callable[[Playwright], Browser],
    make_audit: Callable[[Browser], PageAudit],
) -> Iterator[AuditWorkers]:
    """``AuditWorkers`` closed on the way out."""
    workers = AuditWorkers(count, launch, make_audit)
    try:
        yield workers
    finally:
        workers.close()
