"""Progress on stderr while the audit runs: a bar redrawn in place on a terminal, plain lines
when the output goes to a file or a pipe (a CI log)."""

from __future__ import annotations

from typing import TextIO

from .report import printable

#: The bar's width in characters.
BAR_WIDTH = 20


def progress_line(number: int, total: int, path: str, elapsed: float, terminal: bool) -> str:
    """What to write before auditing page ``number`` of ``total``: on a terminal a bar that
    the next call draws over (no newline), else one line."""
    said = printable(f"page {number} of {total}: {path} ({elapsed:.0f} s)")
    if not terminal:
        return said + "\n"
    done = BAR_WIDTH * (number - 1) // max(total, 1)
    return f"\r[{'#' * done}{'.' * (BAR_WIDTH - done)}] {said}\x1b[K"


def show_progress(stream: TextIO, number: int, total: int, path: str, elapsed: float) -> None:
    """Write the progress of page ``number`` to ``stream`` (stderr)."""
    stream.write(progress_line(number, total, path, elapsed, stream.isatty()))
    stream.flush()


def end_progress(stream: TextIO) -> None:
    """End the bar's line on a terminal, so that the summary starts on its own."""
    if stream.isatty():
        stream.write("\n")
        stream.flush()
