"""Print a11y_kit's budget table: ``python -m benchmarks``."""

from __future__ import annotations

import logging
import platform
import time

from benchmarks.audit_speed import AuditSpeed, measure_audits
from benchmarks.browser import ANIMATED_ELEMENTS, BrowserResults, measure_in_browser
from benchmarks.server_cost import ServerCost, cookie_parse_microseconds, requests_per_second
from benchmarks.sizes import GZIP_LEVEL, AssetSize, shipped_sizes

#: 5 KB, and 5.5 KB since the motion and text-block preferences landed (DESIGN.md).
BYTES_BUDGET = 5.5 * 1024
TOGGLE_BUDGET_MS = 50.0
AUDIT_BUDGET_S = 3.0

Row = tuple[str, str, str, str]


def _verdict(ok: bool) -> str:
    return "within budget" if ok else "OVER BUDGET"


def _total(sizes: list[AssetSize]) -> tuple[str, int]:
    gzipped = sum(size.gzipped for size in sizes)
    return (
        f"{sum(s.raw for s in sizes)} B raw, **{gzipped} B gzipped** (level {GZIP_LEVEL})",
        gzipped,
    )


def size_rows(sizes: list[AssetSize]) -> list[Row]:
    """One row per bundle; what every page of the mode loads, against the 5.5 KB budget; then
    that with each preference loaded when chosen."""
    always = [size for size in sizes if size.preference is None]
    text, every_page = _total(always)
    rows: list[Row] = [
        *((f"`{s.filename}`", f"{s.raw} B raw, {s.gzipped} B gzipped", "", "") for s in sizes),
        (
            "CSS + JS on every page of the mode",
            text,
            "≤ 5.5 KB gzipped",
            _verdict(every_page <= BYTES_BUDGET),
        ),
    ]
    for name in dict.fromkeys(size.preference for size in sizes if size.preference):
        text, _ = _total(always + [size for size in sizes if size.preference == name])
        rows.append(
            (f"CSS + JS with `{name}` chosen", text, "", "its own bundles, loaded when chosen")
        )
    return rows


def server_rows(costs: dict[str, ServerCost], parse_us: dict[str, float]) -> list[Row]:
    """Requests per CPU-second of each page, as a cost against its reference."""
    rows: list[Row] = []
    for name, (rate, cost, added_us, reference, budget) in costs.items():
        if reference == name:
            rows.append((name, f"{rate:.0f} req/CPU-s", "", ""))
            continue
        measured = (
            f"{rate:.0f} req/CPU-s, cost **{cost:.3f} times** ({added_us:+.0f} µs) {reference}"
        )
        if budget is None:
            rows.append((name, measured, "", ""))
        else:
            rows.append((name, measured, f"≤ {budget:g} times", _verdict(cost <= budget)))
    rows += [
        (f"cookie parse, value {name}", f"{us:.2f} µs", "", "") for name, us in parse_us.items()
    ]
    return rows


def browser_rows(results: BrowserResults) -> list[Row]:
    """Toggle latency, layout shift and first paint in Chromium."""
    toggle = results.toggle
    toggle_ok = toggle.styled_ms <= TOGGLE_BUDGET_MS and toggle.page_loads == 1
    shifts = (results.layout_shift_with_script, results.layout_shift_without_script)
    animated, normal = results.animation_with_script, results.animation_in_normal_mode
    return [
        (
            "toggle with JS, click → computed style",
            f"median **{toggle.styled_ms:.1f} ms** of {toggle.samples} (next frame "
            f"{toggle.painted_ms:.1f} ms); page loads: {toggle.page_loads}",
            "≤ 50 ms, no navigation",
            _verdict(toggle_ok),
        ),
        (
            "layout shift loading a page in the mode",
            f"CLS {shifts[0]:.4f} with the script, {shifts[1]:.4f} without",
            "0",
            _verdict(shifts == (0, 0)),
        ),
        (
            f"a page moving {ANIMATED_ELEMENTS:,} elements through their style, a frame",
            f"script **{animated.script_ms:.2f} ms** with a11y_kit's script, "
            f"{results.animation_without_script.script_ms:.2f} ms without; style "
            f"{animated.style_ms:.1f} ms in the mode, {normal.style_ms:.1f} ms in normal mode, "
            f"{results.animation_without_a11y_kit.style_ms:.1f} ms without a11y_kit",
            "",
            "",
        ),
        (
            "first paint in the chosen mode, JS off",
            "yes" if results.first_paint_in_the_mode else "no",
            "yes",
            _verdict(results.first_paint_in_the_mode),
        ),
    ]


def audit_rows(audits: list[AuditSpeed]) -> list[Row]:
    """``flask a11y audit``'s seconds per page and setting, on each audited page."""
    return [
        (
            f"`flask a11y audit --page {audit.page}"
            + (f" --workers {audit.workers}`" if audit.workers else "`"),
            f"**{audit.per_page_and_setting:.1f} s** per page and setting "
            f"({audit.settings} settings, {audit.views} views, {audit.seconds:.1f} s)",
            f"≤ {AUDIT_BUDGET_S:g} s",
            _verdict(audit.per_page_and_setting <= AUDIT_BUDGET_S),
        )
        for audit in audits
    ]


def main() -> None:
    """Measure everything once and print a Markdown table."""
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    started = time.perf_counter()
    rows = [
        *size_rows(shipped_sizes()),
        *server_rows(requests_per_second(), cookie_parse_microseconds()),
        *browser_rows(measure_in_browser()),
        *audit_rows(measure_audits()),
    ]
    print(f"a11y_kit benchmarks — Python {platform.python_version()}, {platform.machine()}")
    print()
    print("| what | measured | budget | |")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print()
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
