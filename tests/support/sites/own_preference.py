"""A site's own preference, declared in the host app through the public API: links as on the
site or highlighted (outlined and on a pale ground), with its words in every shipped language."""

from __future__ import annotations

from pathlib import Path

from flask import Flask

from a11y_kit import Choice, Preference
from tests.support.sites.content_site import create_content_app

HIGHLIGHT_LINKS = Preference(
    "links",
    "k",
    "Links",
    (Choice("site", "As on the site"), Choice("highlighted", "Highlighted")),
    partial=str(Path(__file__).with_name("highlighted_links.css")),
)
WORDS = {
    "ru": {"Links": "Ссылки", "Highlighted": "Выделены"},
    "be": {"Links": "Спасылкі", "Highlighted": "Вылучаны"},
    "uk": {"Links": "Посилання", "Highlighted": "Виділено"},
}


def create_own_preference_app() -> Flask:
    """The content site with the "Links" preference of its own."""
    return create_content_app(A11Y_PREFERENCES=[HIGHLIGHT_LINKS], A11Y_MESSAGES=WORDS)
