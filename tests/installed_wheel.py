"""Build the wheel, install it into an empty folder, and serve a host site from it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SITE_SCRIPT = Path(__file__).resolve().parent / "sites" / "minimal_site.py"


def install_wheel(workdir: Path) -> Path:
    """Build a wheel from the checkout and install it (no editable link) under ``workdir``."""
    wheels = workdir / "wheels"
    target = workdir / "site-packages"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "-w", wheels, REPO], check=True, timeout=180)
    (wheel,) = wheels.glob("a11y_kit-*.whl")
    subprocess.run([*pip, "install", "--no-deps", "--target", target, wheel], check=True)
    return target


@contextmanager
def serving_installed(site_packages: Path, workdir: Path) -> Iterator[tuple[str, str]]:
    """Serve the minimal host site importing a11y_kit from ``site_packages`` only.

    Yields the base URL and the file ``a11y_kit`` was imported from.
    """
    app_dir = workdir / "app"
    app_dir.mkdir()
    shutil.copy(SITE_SCRIPT, app_dir / SITE_SCRIPT.name)
    process = subprocess.Popen(
        [sys.executable, "-I", "-c", _RUN_WITH_PATH.format(site=str(site_packages))],
        cwd=app_dir,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        url, module_file = process.stdout.readline().split()
        yield url, module_file
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stdout.close()


#: ``-I`` keeps the checkout and any editable install off ``sys.path``; only the
#: folder the wheel went into, the app's folder and the standard library remain.
_RUN_WITH_PATH = """
import runpy, sys
sys.path[:0] = [{site!r}, "."]
sys.argv = ["minimal_site.py"]
runpy.run_path("minimal_site.py", run_name="__main__")
"""
