"""``flask a11y build``: rebuild the minified, content-hashed bundles."""

from __future__ import annotations

from pathlib import Path

import click

from .assets import build, static_dir


@click.group(name="a11y")
def a11y() -> None:
    """a11y_kit's assets."""


@a11y.command(name="build")
@click.option(
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder to write dist/ into (default: the static folder a11y_kit serves).",
)
def build_command(output: Path | None) -> None:
    """Minify and hash static/a11y_kit.css and .js into dist/ with a manifest."""
    for kind, filename in build(output or static_dir()).items():
        click.echo(f"{kind}: {filename}")
