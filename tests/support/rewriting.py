"""Running the rewriting layer on a page in a unit test."""

from __future__ import annotations

from a11y_kit.rewriting import MissingParts, PageRewrite, rewrite_page


def rewritten(
    page: bytes,
    *rewrites: PageRewrite,
    charset: str | None = "utf-8",
    parts: MissingParts | None = None,
) -> bytes:
    """``page`` as the rewrites (and the parts) leave it (unchanged when they add nothing)."""
    return rewrite_page(page, charset, rewrites, parts) or page


def rewritten_text(page: str, *rewrites: PageRewrite) -> str:
    """``rewritten`` for a UTF-8 page given as text."""
    return rewritten(page.encode(), *rewrites).decode()
