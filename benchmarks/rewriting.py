"""How long rewriting a host page takes, by size, for ordinary and adversarial pages.

Each page gets everything a11y_kit can add at once: the parts (``A11Y_INJECT``), the alt text
(images off) and the embed links (embedded content off). Run alone:
``python -m benchmarks.rewriting``.
"""

from __future__ import annotations

import statistics
import time
from typing import NamedTuple

from a11y_kit.rewriting import (
    MissingParts,
    alt_text_insertions,
    embed_link_insertions,
    forget_rewritten_pages,
    rewrite_page,
)

SIZES = {"100 KB": 100_000, "1 MB": 1_000_000, "10 MB": 10_000_000}
#: The most an adversarial 1 MB page may take.
ADVERSARIAL_BUDGET_S = 0.5
_PARTS = MissingParts(
    'data-a11y-mode="on"', '<link rel="stylesheet" href="/a11y.css">', "<nav>Toolbar</nav>"
)
_REWRITES = (alt_text_insertions, embed_link_insertions)
_ARTICLE = (
    '<article><h2><a href="/news/1">Council approves the district plan</a></h2>'
    '<p class="date">5 May</p><img src="/i/1.jpg" alt="Council building"><p>The plan &amp; '
    "its budget were approved after a public hearing.</p>"
    '<iframe src="https://maps.example/embed?id=1" title="Map"></iframe></article>\n'
)
#: Name → (the repeated unit, adversarial?).
PATTERNS: dict[str, tuple[str, bool]] = {
    "ordinary news list": (_ARTICLE, False),
    "unclosed <img tags": ("<img ", True),
    "links of decoy images": (
        "<a href=/u>" + "<img src=/x title=\"alt='' alt=''\" alt=''>" * 12 + "</a>",
        True,
    ),
    "deep nesting": ("<div>", True),
    "unclosed formatting": ("<b><i><a href=/x>", True),
    "mis-nested formatting and frames": ("<p><b>x</p><iframe src=/f title=F></iframe>", True),
    "unclosed comment openers": ("<!--", True),
}


class RewriteTime(NamedTuple):
    """The median seconds to rewrite one page, and whether it was rewritten at all."""

    seconds: float
    rewritten: bool


def page_of(unit: str, size: int) -> bytes:
    """``unit`` repeated to ``size`` bytes, in a document with a head."""
    head = "<!DOCTYPE html><html><head><title>Page</title></head><body>"
    return (head + unit * (size // len(unit) + 1))[:size].encode()


def rewrite_time(page: bytes, repeat: int) -> RewriteTime:
    times, result = [], None
    for _ in range(repeat):
        forget_rewritten_pages()
        started = time.perf_counter()
        result = rewrite_page(page, "utf-8", _REWRITES, _PARTS)
        times.append(time.perf_counter() - started)
    return RewriteTime(statistics.median(times), result is not None)


def rewrite_times() -> dict[str, dict[str, RewriteTime]]:
    """Pattern → size → time."""
    return {
        name: {
            label: rewrite_time(page_of(unit, size), 1 if size > 1_000_000 else 5)
            for label, size in SIZES.items()
        }
        for name, (unit, _adversarial) in PATTERNS.items()
    }


def slowest_adversarial_megabyte(times: dict[str, dict[str, RewriteTime]]) -> float:
    """The longest rewrite of an adversarial 1 MB page, in seconds."""
    return max(
        times[name]["1 MB"].seconds for name, (_, adversarial) in PATTERNS.items() if adversarial
    )


def main() -> None:
    times = rewrite_times()
    print("| page | " + " | ".join(SIZES) + " |")
    print("|---|" + "---|" * len(SIZES))
    for name, by_size in times.items():
        cells = [
            f"{timing.seconds * 1000:.0f} ms" + ("" if timing.rewritten else " (unchanged)")
            for timing in by_size.values()
        ]
        print(f"| {name} | " + " | ".join(cells) + " |")
    slowest = slowest_adversarial_megabyte(times)
    verdict = "within" if slowest <= ADVERSARIAL_BUDGET_S else "OVER"
    print(f"\nSlowest adversarial 1 MB page: {slowest * 1000:.0f} ms ({verdict} the 500 ms budget)")


if __name__ == "__main__":
    main()
