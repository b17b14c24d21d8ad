"""Build the wheel, install it into a fresh venv, and serve a host site from that venv."""

from __future__ import annotations

import shutil
import subprocess
import sys
import venv
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SITE_SCRIPT = Path(__file__).resolve().parent / "sites" / "minimal_site.py"
PIP_QUIET = ["-m", "pip", "--disable-pip-version-check", "-q"]


def install_wheel(workdir: Path) -> Path:
    """``pip install`` a wheel built from the checkout into a new venv; its Python."""
    wheels = workdir / "wheels"
    subprocess.run(
        [sys.executable, *PIP_QUIET, "wheel", "--no-deps", "-w", wheels, REPO],
        check=True,
        timeout=180,
    )
    (wheel,) = wheels.glob("a11y_kit-*.whl")
    venv_dir = workdir / "venv"
    venv.create(venv_dir, with_pip=True)
    python = venv_dir / "bin" / "python"
    subprocess.run([python, *PIP_QUIET, "install", wheel], check=True, timeout=300)
    return python


@contextmanager
def serving_installed(python: Path, workdir: Path) -> Iterator[tuple[str, str]]:
    """Serve the minimal host site with ``python``, from a folder outside the checkout.

    Yields the base URL and the file ``a11y_kit`` was imported from.
    """
    app_dir = workdir / "app"
    app_dir.mkdir()
    shutil.copy(SITE_SCRIPT, app_dir / SITE_SCRIPT.name)
    process = subprocess.Popen(
        [python, "-I", SITE_SCRIPT.name], cwd=app_dir, stdout=subprocess.PIPE, text=True
    )
    try:
        url, module_file = process.stdout.readline().split()
        yield url, module_file
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stdout.close()
