"""Embedded content off: a link (or the title) left before each embed, never a script URL."""

from __future__ import annotations

import pytest

from a11y_kit.embed_links import with_embed_links


def test_frame_gets_a_link_with_its_title() -> None:
    page = '<iframe src="https://maps.example/d?x=1&amp;y=2" title="Map"></iframe>'
    assert with_embed_links(page) == (
        '<a class="a11y-embed-link" href="https://maps.example/d?x=1&amp;y=2">Map</a>' + page
    )


def test_embed_without_a_title_is_named_as_embedded_content() -> None:
    assert with_embed_links('<embed src="/plan.pdf">').startswith(
        '<a class="a11y-embed-link" href="/plan.pdf">Embedded content</a>'
    )


@pytest.mark.parametrize("address", ["javascript:alert(1)", "data:text/html,x", ""])
def test_embed_without_a_safe_address_keeps_only_its_title(address: str) -> None:
    page = f'<video src="{address}" title="Opening &lt;b&gt;"></video>'
    assert with_embed_links(page).startswith(
        '<span class="a11y-embed-link">Opening &lt;b&gt;</span><video'
    )
