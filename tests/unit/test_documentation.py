"""The README and docs/ point only at files and headings that exist, and the README links each
page of docs/ once."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from tests.support.installed_wheel import REPO

PAGES = [REPO / "README.md", *sorted((REPO / "docs").rglob("*.md"))]
_LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
_HEADING = re.compile(r"^#+\s+(.*)$", re.MULTILINE)


def relative_links(page: Path) -> list[str]:
    """The page's Markdown links to files of the repository (not web addresses)."""
    return [
        target
        for target in _LINK.findall(page.read_text())
        if not re.match(r"[a-z]+:", target) and not target.startswith("#")
    ]


def anchors(page: Path) -> set[str]:
    """GitHub's anchors for the page's headings."""
    return {
        re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        for heading in _HEADING.findall(page.read_text())
    }


@pytest.mark.parametrize("page", PAGES, ids=lambda page: str(page.relative_to(REPO)))
def test_every_relative_link_resolves(page: Path) -> None:
    assert [target for target in relative_links(page) if not resolves(page, target)] == []


def resolves(page: Path, target: str) -> bool:
    """Whether ``target`` names a file (and, in a Markdown file, a heading) that exists."""
    path, _, anchor = target.partition("#")
    resolved = (page.parent / path).resolve()
    if not resolved.exists():
        return False
    return not anchor or resolved.suffix != ".md" or anchor in anchors(resolved)


def test_readme_links_each_page_of_the_docs_once() -> None:
    pages = Counter(
        target.partition("#")[0]
        for target in relative_links(REPO / "README.md")
        if target.startswith("docs/") and target.endswith(".md")
    )
    assert {page for page, count in pages.items() if count > 1} == set()
    listed = {f"docs/{path.name}" for path in (REPO / "docs").glob("*.md")}
    assert listed <= set(pages)
