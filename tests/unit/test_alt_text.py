"""Images off without JavaScript: the server writes each image's alt text beside it."""

from __future__ import annotations

import time

import pytest
from flask import Flask, Response, render_template_string
from markupsafe import escape

from a11y_kit.rewriting import alt_text_insertions
from a11y_kit.testing import preferences_cookie
from tests.support.rewriting import rewritten, rewritten_text
from tests.support.sites.bare_site import create_bare_app

INERT = "data-ng-non-bindable"

PAGE = """<html {{ a11y.html_attrs() }}><body>{{ a11y.toolbar() }}
<p><img src="/boiler.jpg" alt="Boiler &amp; house <b>"></p>
<a href="/banner"><img src="/banner.png" alt=""></a>
<a href="/reception"><img src="/r.png" alt="Reception"> hours</a>
{{ a11y.image('/own.png', 'Own image') }}</body></html>"""


def app_with_images() -> Flask:
    app = create_bare_app()
    app.add_url_rule("/images", "images", lambda: render_template_string(PAGE))
    return app


def page(images: str) -> str:
    client = app_with_images().test_client()
    client.set_cookie("a11y", preferences_cookie(images=images))
    return client.get("/images").get_data(as_text=True)


def test_alt_text_is_written_beside_plain_images_when_images_are_off() -> None:
    html = page("off")
    assert f'<span class="a11y-alt" {INERT}>Reception</span>' in html


def test_alt_text_is_escaped_once() -> None:
    assert f'<span class="a11y-alt" {INERT}>Boiler &amp; house &lt;b&gt;</span>' in page("off")


def test_links_with_only_decorative_images_are_marked() -> None:
    assert '<a data-a11y-decorative href="/banner">' in page("off")


def test_a11y_image_keeps_its_own_alt_text_once() -> None:
    assert page("off").count("Own image</span>") == 1


def test_pages_with_images_on_are_not_rewritten() -> None:
    html = page("on")
    assert "a11y-alt" not in html
    assert "data-a11y-decorative" not in html


def with_alt_text(page: str) -> str:
    return rewritten_text(page, alt_text_insertions)


def test_alt_text_is_read_from_the_alt_attribute_wherever_it_stands() -> None:
    page = '<img title="Photo alt=Decoy" src="/a.png" alt="Council building">'
    assert with_alt_text(page) == f'{page}<span class="a11y-alt" {INERT}>Council building</span>'


@pytest.mark.parametrize("size", [0, 70_000])
@pytest.mark.parametrize("tag", ["<IMG", "<Image", "<iMaGe"])
def test_image_written_in_capitals_or_as_image_gets_its_alt_text(tag: str, size: int) -> None:
    """A large page is first asked by its text whether it holds an image: ``<image`` and
    capitals count."""
    page = f'<p>{"x" * size}</p><p>{tag} src="/a.png" alt="Council building">'
    assert with_alt_text(page) == f'{page}<span class="a11y-alt" {INERT}>Council building</span>'


@pytest.mark.parametrize(
    "page",
    [
        "<script>const tag = '<img src=/x alt=Chart>';</script>",
        "<textarea><img src=/x alt=Chart></textarea>",
        '<div title="<img src=/x alt=Chart>"></div>',
        "<!-- <img src=/x alt=Chart> -->",
        "<template><img src=/x alt=Chart></template>",
        "<noscript><img src=/x alt=Chart></noscript>",
    ],
)
def test_image_markup_that_a_browser_does_not_show_is_left_alone(page: str) -> None:
    assert with_alt_text(page) == page


def test_sanitised_comment_with_decoy_images_is_rewritten_in_linear_time() -> None:
    decoy = "<img src=/x.png title=\" alt='' alt='' alt='' \" alt=''>"
    page = "<p>" + ("<a href=/u>" + decoy * 13 + "and text</a>") * 20
    started = time.perf_counter()
    with_alt_text(page)
    assert time.perf_counter() - started < 2


def test_unclosed_image_tags_are_rewritten_in_linear_time() -> None:
    started = time.perf_counter()
    with_alt_text("<p>" + "<img " * 16_000)
    assert time.perf_counter() - started < 2


@pytest.mark.parametrize(
    ("charset", "alt"),
    [
        ("windows-1251", "Здание исполкома"),
        ("koi8-r", "Здание исполкома"),
        ("shift_jis", "市役所"),
        ("utf-16le", "Будынак"),
    ],
)
def test_alt_text_is_written_in_the_pages_own_charset(charset: str, alt: str) -> None:
    page = f'<p><img src="/a.png" alt="{alt}">'.encode(charset)
    result = rewritten(page, alt_text_insertions, charset=charset).decode(charset)
    assert result.endswith(f'<span class="a11y-alt" {INERT}>{alt}</span>')


def test_charset_declared_only_in_meta_is_used() -> None:
    page = '<meta charset="windows-1251"><img alt="Минск">'.encode("windows-1251")
    result = rewritten(page, alt_text_insertions, charset=None).decode("windows-1251")
    assert result.endswith(f"{INERT}>Минск</span>")


def test_stray_bytes_in_a_utf8_page_are_kept() -> None:
    page = b'<p>caf\xe9 <img alt="Dom \xd0\x94">'
    result = rewritten(page, alt_text_insertions)
    assert result.startswith(page)
    assert result.endswith(f"{INERT}>Dom \u0414</span>".encode())


@pytest.mark.parametrize("charset", ["windows-1251", "koi8-r", "utf-16", "shift_jis"])
def test_page_in_another_charset_with_images_off_is_served(charset: str) -> None:
    app = create_bare_app()

    def legacy_page() -> Response:
        page = render_template_string('<html {{ a11y.html_attrs() }}><img alt="Сход">')
        content_type = f"text/html; charset={charset}"
        return Response(page.encode(charset, "xmlcharrefreplace"), content_type=content_type)

    app.add_url_rule("/legacy", "legacy", legacy_page)
    client = app.test_client()
    client.set_cookie("a11y", preferences_cookie(images="off"))
    response = client.get("/legacy")
    assert response.status_code == 200
    assert response.get_data().decode(charset).endswith(f"{INERT}>Сход</span>")


@pytest.mark.parametrize(
    ("link", "shown"),
    [
        ('<a href="/u/42"><img src="/avatars/42.png?s=64"></a>', "42.png"),
        ('<a href="/u/42" title="Anna\'s profile"><img src="/a.png"></a>', "Anna's profile"),
        ('<a href="/u/42" aria-label="Anna"><img src="/a.png" title="Photo"></a>', "Anna"),
    ],
)
def test_link_made_of_an_image_without_alt_shows_a_name(link: str, shown: str) -> None:
    assert f'<span class="a11y-alt" {INERT}>{escape(shown)}</span></a>' in with_alt_text(link)


def test_image_without_alt_beside_the_links_text_adds_nothing() -> None:
    page = '<a href="/u/42"><img src="/a.png"> Anna</a>'
    assert with_alt_text(page) == page
