"""Rewriting is bounded on any page a visitor can shape: linear time, output in proportion to
the page, and a cache of rewritten pages bounded in bytes."""

from __future__ import annotations

import time

from a11y_kit.rewriting import alt_text_insertions, forget_rewritten_pages, rewrite_page
from a11y_kit.rewriting.rewrite import REMEMBERED_BYTES, remembered_bytes

HEAD = "<!DOCTYPE html><html><head><title>Comments</title></head><body>"
ORDINARY_ITEM = '<p>A comment by a visitor <a href="/u/1"><img src="/a.png" alt="Anna"></a></p>'


def link_of_images(images: int, title: str = "") -> bytes:
    """A comment a sanitiser passes: one link holding ``images`` images without alt text."""
    return f'{HEAD}<a href="/u" title="{title}">{"<img src=a>" * images}</a>'.encode()


def ordinary_page(size: int) -> bytes:
    return (HEAD + ORDINARY_ITEM * (size // len(ORDINARY_ITEM))).encode()


def best_time(page: bytes) -> float:
    times = []
    for _ in range(3):
        forget_rewritten_pages()
        started = time.perf_counter()
        rewrite_page(page, "utf-8", (alt_text_insertions,))
        times.append(time.perf_counter() - started)
    return min(times)


def test_a_link_of_thousands_of_alt_less_images_rewrites_as_fast_as_an_ordinary_page() -> None:
    adversarial = link_of_images(6000)
    ordinary = ordinary_page(len(adversarial))
    assert best_time(adversarial) < 5 * best_time(ordinary)


def test_a_links_name_is_written_once_however_many_images_it_holds() -> None:
    page = link_of_images(3000, title="T" * 10)
    result = rewrite_page(page, "utf-8", (alt_text_insertions,))
    assert result is not None
    assert result.count(b"TTTTTTTTTT") == 2  # the link's own title and its one name


def test_output_stays_within_twice_the_page_plus_a_constant() -> None:
    page = (HEAD + "<img alt=x>" * 20_000).encode()
    result = rewrite_page(page, "utf-8", (alt_text_insertions,)) or page
    assert len(result) <= 2 * len(page) + 64 * 1024


def test_the_cache_of_rewritten_pages_is_bounded_in_bytes() -> None:
    forget_rewritten_pages()
    for number in range(200):
        page = ordinary_page(100_000) + f"<!--{number}-->".encode()
        rewrite_page(page, "utf-8", (alt_text_insertions,))
    assert 0 < remembered_bytes() <= REMEMBERED_BYTES
