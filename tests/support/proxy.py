"""A real page cache for tests: nginx (Debian's) in front of gunicorn, both on 127.0.0.1."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
NGINX_RECIPE = REPO / "docs" / "recipes" / "nginx-page-cache.conf"
#: The two addresses in the recipe that a deployment (and a test) changes.
RECIPE_LISTEN = "listen 127.0.0.1:8080;"
RECIPE_UPSTREAM = "proxy_pass http://127.0.0.1:8000;"
START_TIMEOUT_S = 20


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for_port(port: int, process: subprocess.Popen, name: str) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited with {process.returncode} before listening")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"{name} did not listen on port {port} within {START_TIMEOUT_S} s")


@contextmanager
def _running(command: list[str], port: int, name: str, cwd: Path) -> Iterator[None]:
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL)
    try:
        _wait_for_port(port, process, name)
        yield
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def gunicorn(app_spec: str) -> Iterator[int]:
    """Serve ``module:factory()`` with gunicorn from the checkout; yield its port."""
    port = free_port()
    command = [sys.executable, "-m", "gunicorn", "-w", "1", "--threads", "4"]
    command += ["-b", f"127.0.0.1:{port}", "--log-level", "warning", app_spec]
    with _running(command, port, "gunicorn", REPO):
        yield port


def nginx_binary() -> str:
    """Debian's nginx; fails loudly when it is not installed."""
    found = shutil.which("nginx") or (
        "/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None
    )
    if found is None:
        raise RuntimeError("No nginx: run `apt-get install nginx` (scripts/setup.sh --test does)")
    return found


@contextmanager
def nginx_page_cache(upstream_port: int, workdir: Path) -> Iterator[str]:
    """The nginx recipe of docs/security.md in front of ``upstream_port``; yield its base URL."""
    port = free_port()
    recipe = NGINX_RECIPE.read_text()
    assert RECIPE_LISTEN in recipe and RECIPE_UPSTREAM in recipe
    config = recipe.replace(RECIPE_LISTEN, f"listen 127.0.0.1:{port};").replace(
        RECIPE_UPSTREAM, f"proxy_pass http://127.0.0.1:{upstream_port};"
    )
    (workdir / "tmp").mkdir(parents=True, exist_ok=True)
    (workdir / "nginx.conf").write_text(config)
    command = [nginx_binary(), "-p", f"{workdir}/", "-c", "nginx.conf", "-g", "daemon off;"]
    with _running(command, port, "nginx", workdir):
        yield f"http://127.0.0.1:{port}"
