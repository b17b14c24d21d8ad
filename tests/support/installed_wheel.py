"""Build the wheel, install it into a fresh venv, and serve a host site from that venv."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import venv
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
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


def _unprivileged() -> list[str]:
    """As root, run the site as ``nobody``: the root-owned install is then truly read-only."""
    if os.geteuid() != 0:
        return []
    return ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]


@contextmanager
def world_readable_tempdir() -> Iterator[Path]:
    """A temporary folder others may read (and so ``nobody`` may run a venv from)."""
    folder = Path(tempfile.mkdtemp(prefix="a11y-kit-installed-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@dataclass(frozen=True)
class InstalledSite:
    """A site served from an installed wheel, and the installed package's files at start."""

    url: str
    package_dir: Path
    files_at_start: dict[str, int]


def package_files(package_dir: Path) -> dict[str, int]:
    """Every file under the installed package with its modification time (ns)."""
    return {
        str(path.relative_to(package_dir)): path.stat().st_mtime_ns
        for path in package_dir.rglob("*")
        if "__pycache__" not in path.parts
    }


@contextmanager
def serving_installed(python: Path, workdir: Path) -> Iterator[InstalledSite]:
    """Serve the minimal host site with ``python``, from a folder outside the checkout."""
    (package_dir,) = (workdir / "venv").glob("lib/python*/site-packages/a11y_kit")
    files_at_start = package_files(package_dir)
    app_dir = workdir / "app"
    app_dir.mkdir()
    shutil.copy(SITE_SCRIPT, app_dir / SITE_SCRIPT.name)
    process = subprocess.Popen(
        [*_unprivileged(), python, "-I", SITE_SCRIPT.name],
        cwd=app_dir,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        url, module_file = process.stdout.readline().split()
        assert Path(module_file).parent == package_dir, module_file
        yield InstalledSite(url, package_dir, files_at_start)
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stdout.close()
