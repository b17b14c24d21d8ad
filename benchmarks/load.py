"""Bounded load on loopback: the demo under gunicorn, visitors with their own modes, preference
changes and hostile requests mixed in. Counts 5xx and cross-visitor leaks; compares page-view
latency with and without a11y_kit.

    .venv/bin/python -m benchmarks.load [VISITORS] [REQUESTS_PER_VISITOR] [--json]
"""

from __future__ import annotations

import http.client
import json
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

from a11y_kit.preferences import SETTING_NAMES, PreferenceModel, Preferences

REPO = Path(__file__).resolve().parent.parent
APPS = {
    "with a11y_kit": "examples.news:create_app()",
    "without a11y_kit": "benchmarks.server_cost:app_without_extension()",
}
PAGES = ("/", "/news/", "/news/library-opening-hours", "/news/central-street-repairs")
MODEL = PreferenceModel.build()
ENDPOINT = "/a11y/preferences"
FORM = "application/x-www-form-urlencoded"
HOSTILE_NEXT = ("//evil.example/", "/\\evil.example", "javascript:alert(1)", "/\r\nX: y")


@dataclass
class Tally:
    """What one run saw."""

    statuses: Counter = field(default_factory=Counter)
    page_latencies_ms: list[float] = field(default_factory=list)
    leaks: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, status: int, latency_ms: float | None = None) -> None:
        with self.lock:
            self.statuses[status] += 1
            if latency_ms is not None:
                self.page_latencies_ms.append(latency_ms)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def gunicorn(app: str, workers: int = 2) -> Iterator[int]:
    """Serve ``app`` with gunicorn on 127.0.0.1; yield the port once it answers."""
    port = _free_port()
    command = [sys.executable, "-m", "gunicorn", "-w", str(workers), "-b", f"127.0.0.1:{port}"]
    process = subprocess.Popen(
        [*command, "--log-level", "warning", app], cwd=REPO, stderr=subprocess.DEVNULL
    )
    try:
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                break
            except OSError:
                time.sleep(0.05)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)


def _request(port: int, method: str, path: str, headers: dict, body: str | None = None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    started = time.perf_counter()
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        payload = response.read().decode("utf-8", "replace")
        return response.status, response.getheader("Set-Cookie") or "", payload, started
    finally:
        connection.close()


def _expected_attributes(preferences: Preferences) -> str:
    return " ".join(
        f'data-a11y-{name.replace("_", "-")}="{value}"'
        for name, value in zip(SETTING_NAMES, preferences, strict=True)
    )


def _random_preferences(rng: random.Random) -> Preferences:
    chosen = (rng.choice(MODEL.choices[name]) for name in SETTING_NAMES)
    return Preferences(*chosen)._replace(mode="on")


class Visitor:
    """One browser: its own cookie, page views, preference changes and the odd hostile request."""

    def __init__(self, port: int, seed: int, tally: Tally, checks_mode: bool) -> None:
        self.port, self.tally, self.checks_mode = port, tally, checks_mode
        self.rng = random.Random(seed)
        self.preferences = _random_preferences(self.rng)

    def _cookie(self) -> dict[str, str]:
        return {"Cookie": f"a11y={MODEL.serialize_cookie(self.preferences)}"}

    def view_page(self) -> None:
        status, _, body, started = _request(
            self.port, "GET", self.rng.choice(PAGES), self._cookie()
        )
        self.tally.record(status, (time.perf_counter() - started) * 1000)
        if self.checks_mode and _expected_attributes(self.preferences) not in body:
            self.tally.leaks.append(MODEL.serialize_cookie(self.preferences))

    def change_preferences(self) -> None:
        wanted = _random_preferences(self.rng)
        form = {name: value for name, value in zip(SETTING_NAMES, wanted, strict=True)}
        headers = {**self._cookie(), "Content-Type": FORM, "Sec-Fetch-Site": "same-origin"}
        if self.rng.random() < 0.5:
            headers["Accept"] = "application/json"
        status, set_cookie, _, _ = _request(self.port, "POST", ENDPOINT, headers, urlencode(form))
        self.tally.record(status)
        if f"a11y={MODEL.serialize_cookie(wanted)};" not in set_cookie:
            self.tally.leaks.append(f"preference change not written: {set_cookie!r}")
        self.preferences = wanted

    def send_hostile(self) -> None:
        kind = self.rng.randrange(4)
        if kind == 0:
            headers = {"Cookie": "a11y=" + "1-on-}body{" * 700}
            status, *_ = _request(self.port, "GET", self.rng.choice(PAGES), headers)
        elif kind == 1:
            body = urlencode({"mode": "on", "next": self.rng.choice(HOSTILE_NEXT)})
            headers = {"Content-Type": FORM}
            status, *_ = _request(self.port, "POST", ENDPOINT, headers, body)
        elif kind == 2:
            headers = {"Content-Type": FORM, "Sec-Fetch-Site": "cross-site"}
            status, *_ = _request(self.port, "POST", ENDPOINT, headers, "mode=on")
        else:
            headers = {"Content-Type": FORM}
            status, *_ = _request(self.port, "POST", ENDPOINT, headers, "next=" + "a" * 20_000)
        self.tally.record(status)

    def run(self, requests: int, mixed: bool) -> None:
        for _ in range(requests):
            roll = self.rng.random()
            if not mixed or roll < 0.7:
                self.view_page()
            elif roll < 0.85:
                self.change_preferences()
            else:
                self.send_hostile()


def drive(port: int, visitors: int, requests: int, mixed: bool) -> Tally:
    """Run ``visitors`` threads of ``requests`` each against ``port``; bounded by count."""
    tally = Tally()
    crowd = [Visitor(port, seed, tally, checks_mode=mixed) for seed in range(visitors)]
    threads = [threading.Thread(target=v.run, args=(requests, mixed)) for v in crowd]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    return tally


def percentile(values: list[float], share: float) -> float:
    """The ``share`` quantile (0.99 for p99) of ``values``."""
    return statistics.quantiles(values, n=100, method="inclusive")[round(share * 100) - 1]


def run_load(visitors: int = 8, requests: int = 150) -> dict[str, Tally]:
    """Mixed load on the demo with a11y_kit, page views only on the demo without it."""
    results = {}
    for name, app in APPS.items():
        with gunicorn(app) as port:
            results[name] = drive(port, visitors, requests, mixed=name == "with a11y_kit")
    return results


def main() -> None:
    """Print a Markdown table of the run (``--json``: statuses and leaks per app, as JSON)."""
    numbers = [int(arg) for arg in sys.argv[1:] if arg.isdigit()]
    visitors, requests = (numbers + [8, 150][len(numbers) :])[:2]
    results = run_load(visitors, requests)
    if "--json" in sys.argv:
        tallies = {name: {"statuses": t.statuses, "leaks": t.leaks} for name, t in results.items()}
        print(json.dumps(tallies))
        return
    print(f"{visitors} visitors x {requests} requests per app, gunicorn -w 2 on 127.0.0.1")
    print()
    print("| app | requests | statuses | 5xx | leaks | page view p50 | page view p99 |")
    print("|---|---|---|---|---|---|---|")
    for name, tally in results.items():
        latencies = tally.page_latencies_ms
        server_errors = sum(n for status, n in tally.statuses.items() if status >= 500)
        print(
            f"| {name} | {sum(tally.statuses.values())} | {json.dumps(dict(tally.statuses))} "
            f"| {server_errors} | {len(tally.leaks)} | {percentile(latencies, 0.5):.1f} ms "
            f"| {percentile(latencies, 0.99):.1f} ms |"
        )


if __name__ == "__main__":
    main()
