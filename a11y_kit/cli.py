"""``flask a11y``: ``build`` the bundles; ``audit`` the site (with the ``audit`` extra)."""

from __future__ import annotations

from pathlib import Path

import click

from .page.assets import build, static_dir, write_generated_css


@click.group(name="a11y")
def a11y() -> None:
    """a11y_kit: build the toolbar's assets; audit the site's pages in every mode."""


@a11y.command(name="build")
@click.option(
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder to write dist/ into (default: the static folder a11y_kit serves).",
)
def build_command(output: Path | None) -> None:
    """Write the CSS the preference declarations imply, then minify and hash the CSS and JS
    sources into dist/ with a manifest."""
    for path in write_generated_css():
        click.echo(f"generated: {path.relative_to(static_dir())}")
    for kind, filename in build(output or static_dir()).items():
        click.echo(f"{kind}: {filename}")


@click.command(
    name="audit", context_settings={"ignore_unknown_options": True, "allow_extra_args": True}
)
def _audit_needs_its_extra() -> None:
    """Check the site's pages in every mode (needs: pip install 'a11y-kit[audit]')."""
    raise click.ClickException("flask a11y audit needs Playwright: pip install 'a11y-kit[audit]'")


try:
    from .audit.command import audit_command
except ImportError:  # the audit extra (Playwright, axe-core, Pillow) is not installed
    a11y.add_command(_audit_needs_its_extra)
else:
    a11y.add_command(audit_command)
