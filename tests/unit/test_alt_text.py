"""Images off without JavaScript: the server writes each image's alt text beside it."""

from __future__ import annotations

from flask import Flask, render_template_string

from a11y_kit.testing import preferences_cookie
from tests.support.sites.bare_site import create_bare_app

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
    assert '<span class="a11y-alt">Reception</span>' in html


def test_alt_text_is_escaped_once() -> None:
    assert '<span class="a11y-alt">Boiler &amp; house &lt;b&gt;</span>' in page("off")


def test_links_with_only_decorative_images_are_marked() -> None:
    assert '<a data-a11y-decorative href="/banner">' in page("off")


def test_a11y_image_keeps_its_own_alt_text_once() -> None:
    assert page("off").count("Own image</span>") == 1


def test_pages_with_images_on_are_not_rewritten() -> None:
    html = page("on")
    assert "a11y-alt" not in html
    assert "data-a11y-decorative" not in html
