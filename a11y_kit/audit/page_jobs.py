"""What auditing one page asks of the workers, as jobs that run side by side.

The page's icons in normal mode come first (every view in the mode compares against them);
while they are read, the other workers start on the views that need nothing first: the
JavaScript check, the axe-core runs and the screenshots. Findings come back in the order a
single worker would give them: the views, the JavaScript check, then axe-core's rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import methodcaller
from typing import NamedTuple

from .runner import NORMAL, PageFinding, Setting, axe_findings, mode_settings, views_of
from .workers import AuditWorkers


class PageResult(NamedTuple):
    """A page's findings, and its two screenshots (normal, hardest) if they were asked for."""

    findings: list[PageFinding]
    screenshots: tuple[bytes, bytes] | None


def audit_page(
    workers: AuditWorkers, path: str, settings: Sequence[Setting], screenshots: bool
) -> PageResult:
    """Every check of ``path`` in every setting, spread over ``workers``."""
    in_mode = mode_settings(settings)
    (icons,) = workers.submit([methodcaller("normal_icons", path)])
    needs_javascript, normal_axe, *mode_axe = workers.submit(
        [methodcaller("needs_javascript", path)]
        + [methodcaller("axe_outcome", path, setting) for setting in [NORMAL, *in_mode]]
    )
    shots = (
        workers.submit([methodcaller("screenshot", path, s) for s in (NORMAL, in_mode[-1])])
        if screenshots
        else None
    )
    views = workers.submit(
        [
            methodcaller("view", path, setting, width, normal_icons=icons.result())
            for setting, width in views_of(settings)
        ]
    )
    findings = [finding for view in views for finding in view.result()]
    findings += needs_javascript.result()
    outcomes = zip(in_mode, (outcome.result() for outcome in mode_axe), strict=True)
    findings += axe_findings(path, normal_axe.result(), outcomes)
    return PageResult(findings, None if shots is None else (shots[0].result(), shots[1].result()))
