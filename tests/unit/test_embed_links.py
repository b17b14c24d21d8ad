"""Embedded content off: a link (or the title) left before each embed, never a script URL."""

from __future__ import annotations

import pytest

from a11y_kit.rewriting import embed_link_insertions
from tests.support.rewriting import rewritten_text

INERT = "data-ng-non-bindable"


def with_embed_links(page: str) -> str:
    return rewritten_text(page, embed_link_insertions)


def test_frame_gets_a_link_with_its_title() -> None:
    page = '<iframe src="https://maps.example/d?x=1&amp;y=2" title="Map"></iframe>'
    assert with_embed_links(page) == (
        f'<a class="a11y-embed-link" href="https://maps.example/d?x=1&amp;y=2" {INERT}>Map</a>'
        + page
    )


def test_embed_without_a_title_is_named_as_embedded_content() -> None:
    assert with_embed_links('<embed src="/plan.pdf">').startswith(
        f'<a class="a11y-embed-link" href="/plan.pdf" {INERT}>Embedded content</a>'
    )


@pytest.mark.parametrize("address", ["javascript:alert(1)", "data:text/html,x", "", "http://["])
def test_embed_without_a_safe_address_keeps_only_its_title(address: str) -> None:
    page = f'<video src="{address}" title="Opening &lt;b&gt;"></video>'
    assert with_embed_links(page).startswith(
        f'<span class="a11y-embed-link" {INERT}>Opening &lt;b&gt;</span><video'
    )


def test_address_and_title_are_read_from_their_own_attributes() -> None:
    page = (
        '<video title="Council meeting, 5 May src=https://evil.example/phish"'
        ' src="/media/council.mp4"></video>'
    )
    assert with_embed_links(page).startswith(
        f'<a class="a11y-embed-link" href="/media/council.mp4" {INERT}>'
        "Council meeting, 5 May src=https://evil.example/phish</a>"
    )


def test_embed_inside_a_host_link_gets_its_title_as_text() -> None:
    page = '<a href="/watch"><video src="/v.mp4" title="Clip"></video></a>'
    assert with_embed_links(page) == (
        f'<a href="/watch"><span class="a11y-embed-link" {INERT}>Clip</span><video'
        ' src="/v.mp4" title="Clip"></video></a>'
    )


@pytest.mark.parametrize(
    "page",
    [
        "<script>const frame = '<iframe src=/x title=X>';</script>",
        "<textarea><iframe src=/x title=X></textarea>",
        '<div data-tip="<iframe src=/x title=X>"></div>',
        "<!-- <iframe src=/x title=X> -->",
        "<template><iframe src=/x title=X></iframe></template>",
        "<noscript><iframe src=/gtm title=X></iframe></noscript>",
    ],
)
def test_embed_markup_that_a_browser_does_not_show_is_left_alone(page: str) -> None:
    assert with_embed_links(page) == page
