"""Motion stopped without JavaScript: media lose ``autoplay``, marquees stand, and nothing else
of the page changes."""

from __future__ import annotations

import pytest
import turbohtml

from a11y_kit.rewriting import held_motion_insertions
from tests.support.rewriting import rewritten_text


def held(page: str) -> str:
    return rewritten_text(page, held_motion_insertions)


def attributes_of(page: str, tag: str) -> dict[str, str]:
    element = turbohtml.parse(page).select_one(tag)
    assert element is not None
    return dict(element.attrs)


@pytest.mark.parametrize(
    "tag",
    [
        '<video src="/bell.webm" autoplay muted loop>',
        "<video src=/bell.webm AUTOPLAY>",
        "<audio\nautoplay\nsrc='/bell.wav'>",
        "<video\r\nsrc=/a.webm\r\nautoplay>",
        '<video title="a b"autoplay>',
        '<video autoplay="" autoplay data-x="autoplay">',
        "<audio controls autoplay/>",
    ],
)
def test_media_are_written_without_autoplay(tag: str) -> None:
    page = f"<!doctype html><body><p>News</p>{tag}</body>"
    attributes = attributes_of(held(page), "video, audio")
    assert "autoplay" not in attributes
    assert "data-a11y-autoplay" in attributes


def test_an_attribute_merely_named_like_autoplay_is_kept() -> None:
    page = '<!doctype html><video autoplayer data-autoplay="1" src="/a.webm"></video>'
    assert held(page) == page


def test_a_marquee_gets_a_scroll_amount_of_zero_before_its_own() -> None:
    page = '<!doctype html><marquee scrollamount="12" behavior=alternate>Water off</marquee>'
    assert attributes_of(held(page), "marquee")["scrollamount"] == "0"


def test_a_page_without_moving_elements_passes_unchanged() -> None:
    page = "<!doctype html><title>News</title><p>The council meets <video src=a.webm></video>"
    assert held(page) == page
