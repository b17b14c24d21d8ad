"""Text a11y_kit copies out of the host's attributes is never compiled by an in-DOM template
framework: with Vue 3 mounted on the page, an alt text holding ``{{ … }}`` stays text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask, Response, render_template_string, send_from_directory
from playwright.sync_api import Page, expect

from a11y_kit import A11yKit
from a11y_kit.audit.server import serving
from a11y_kit.testing import preferences_cookie
from tests.corpus.site import NODE_MODULES

PAGE = """<!DOCTYPE html><html lang="en" {{ a11y.html_attrs() }}><head><title>Council</title>
{{ a11y.head() }}<script src="/vue.js"></script></head><body>{{ a11y.toolbar() }}
<main id="app">{% raw %}<h1>{{ council }}</h1>
<p><img src="/plan.png" alt="{{ 7 * 7 }} households"></p>{% endraw %}
{{ a11y.image('/map.png', '{{ 6 * 7 }} streets') }}</main>
<script src="/mount.js"></script></body></html>"""
MOUNT = 'Vue.createApp({ data: () => ({ council: "District council" }) }).mount("#app");'


def vue_site() -> Flask:
    """A page whose ``<main>`` is a Vue 3 in-DOM template."""
    app = Flask(__name__)
    A11yKit(app)
    app.add_url_rule("/", "page", lambda: render_template_string(PAGE))
    app.add_url_rule(
        "/vue.js",
        "vue",
        lambda: send_from_directory(NODE_MODULES / "vue" / "dist", "vue.global.prod.js"),
    )
    app.add_url_rule("/mount.js", "mount", lambda: Response(MOUNT, mimetype="text/javascript"))
    return app


@pytest.fixture(scope="module")
def vue_url() -> Iterator[str]:
    with serving(vue_site()) as url:
        yield url


def test_alt_text_copied_into_a_vue_template_stays_text(page: Page, vue_url: str) -> None:
    page.context.add_cookies(
        [{"name": "a11y", "value": preferences_cookie(images="off"), "url": vue_url}]
    )
    page.goto(vue_url + "/")
    expect(page.locator("h1")).to_have_text("District council")
    expect(page.locator(".a11y-alt")).to_have_text("{{ 7 * 7 }} households")
    expect(page.locator(".a11y-image__alt")).to_have_text("{{ 6 * 7 }} streets")
