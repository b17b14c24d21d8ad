"""Server cost in instructions, not seconds: ``python -m benchmarks.instructions``.

Runs each page's requests under Valgrind's callgrind, which counts the instructions executed;
the count is the same whatever else the machine is doing, so small costs can be compared on a
noisy machine. A page's count per request is the difference between two runs of different
lengths (start-up cancels out: both run with the same hash seed), divided by the extra
requests. Garbage collection stays on, but what start-up made is frozen out of it
(``gc.freeze()`` after a warm-up), so that a full collection in one run and not the other does
not move the count by tens of thousands of instructions a request.
"""

from __future__ import annotations

import gc
import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

from benchmarks.server_cost import (
    BASELINE,
    FLOOR,
    IMAGES_OFF,
    IN_THE_MODE,
    SMALL_BASELINE,
    _request_loop,
    demo_variants,
)

SHORT_RUN, LONG_RUN, WARM_UP = 10, 310, 20
NORMAL = "demo article, normal mode"
LITERAL_NORMAL = f"{NORMAL}, the parts as literal HTML (no a11y_kit)"
LITERAL_MODE = f"{IN_THE_MODE}, the parts as literal HTML (no a11y_kit)"
SMALL_NORMAL, SMALL_MODE = "1 KB page, normal mode", "1 KB page, in the mode"
SMALL_LITERAL_NORMAL = f"{SMALL_NORMAL}, the parts as literal HTML (no a11y_kit)"
SMALL_LITERAL_MODE = f"{SMALL_MODE}, the parts as literal HTML (no a11y_kit)"
#: The pages compared, each with the page it is compared with.
PAGES = (
    (NORMAL, BASELINE),
    (IN_THE_MODE, BASELINE),
    (f"{NORMAL}, {FLOOR}", LITERAL_NORMAL),
    (NORMAL, LITERAL_NORMAL),
    (NORMAL, f"{NORMAL}, {FLOOR}"),
    (f"{IN_THE_MODE}, {FLOOR}", LITERAL_MODE),
    (IN_THE_MODE, LITERAL_MODE),
    (IN_THE_MODE, f"{IN_THE_MODE}, {FLOOR}"),
    (SMALL_NORMAL, SMALL_BASELINE),
    (SMALL_MODE, SMALL_BASELINE),
    (f"{SMALL_NORMAL}, {FLOOR}", SMALL_LITERAL_NORMAL),
    (SMALL_NORMAL, SMALL_LITERAL_NORMAL),
    (SMALL_NORMAL, f"{SMALL_NORMAL}, {FLOOR}"),
    (f"{SMALL_MODE}, {FLOOR}", SMALL_LITERAL_MODE),
    (SMALL_MODE, SMALL_LITERAL_MODE),
    (SMALL_MODE, f"{SMALL_MODE}, {FLOOR}"),
    ("demo article, in the mode, parts injected by A11Y_INJECT", IN_THE_MODE),
    (IMAGES_OFF, IN_THE_MODE),
)
_COLLECTED = re.compile(r"Collected : (\d+)")
#: a11y_kit's own work on the demo article, instructions per request against the floor: no
#: higher than the release that set the budget (DESIGN.md).
OWN_WORK_BUDGETS = {
    (NORMAL, f"{NORMAL}, {FLOOR}"): 91_000,
    (IN_THE_MODE, f"{IN_THE_MODE}, {FLOOR}"): 147_000,
}


def run_requests(name: str, count: int) -> None:
    """Serve ``count`` requests of the page ``name`` (the program callgrind watches)."""
    variant = demo_variants()[name]
    _request_loop(variant.app, variant.path, variant.headers, WARM_UP)
    gc.collect()
    gc.freeze()
    _request_loop(variant.app, variant.path, variant.headers, count)


def _instructions(name: str, count: int) -> int:
    command = [
        "valgrind",
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        "-m",
        "benchmarks.instructions",
        "--run",
        name,
        str(count),
    ]
    # A fixed hash seed: start-up then executes the same instructions in the short and long run.
    environment = {**os.environ, "PYTHONHASHSEED": "0"}
    finished = subprocess.run(command, capture_output=True, text=True, check=True, env=environment)
    found = _COLLECTED.search(finished.stderr)
    if found is None:
        raise RuntimeError(f"callgrind printed no count for {name!r}:\n{finished.stderr}")
    return int(found.group(1))


def per_request(names: set[str]) -> dict[str, float]:
    """Instructions one request of each page executes (the runs share the machine's cores)."""
    runs = [(name, count) for name in sorted(names) for count in (LONG_RUN, SHORT_RUN)]
    with ThreadPoolExecutor(max_workers=os.cpu_count()) as pool:
        counts = dict(zip(runs, pool.map(lambda run: _instructions(*run), runs), strict=True))
    return {
        name: (counts[name, LONG_RUN] - counts[name, SHORT_RUN]) / (LONG_RUN - SHORT_RUN)
        for name in names
    }


def main() -> None:
    """Print each page's instructions per request against its reference's."""
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed: apt-get install valgrind")
    counts = per_request({name for pair in PAGES for name in pair})
    print("| page | instructions per request | against | budget |")
    print("|---|---|---|---|")
    for name, reference in PAGES:
        ratio = counts[name] / counts[reference]
        added = counts[name] - counts[reference]
        budget = OWN_WORK_BUDGETS.get((name, reference))
        verdict = ""
        if budget is not None:
            verdict = f"≤ {budget:,} added: {'within' if added <= budget else 'OVER'}"
        print(
            f"| {name} | {counts[name]:,.0f} | **{ratio:.3f} times** {reference} "
            f"({counts[reference]:,.0f}; {added:+,.0f}) | {verdict} |"
        )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--run"]:
        run_requests(sys.argv[2], int(sys.argv[3]))
    else:
        main()
