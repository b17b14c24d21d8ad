"""Text a11y_kit copies out of the host's attributes is never compiled by an in-DOM template
framework: with Vue 3, AngularJS or Alpine running on the page, an alt text, a link's title
and an embed's title holding a framework's delimiters stay text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

import pytest
from flask import Flask, Response, render_template_string, send_file
from playwright.sync_api import Page, expect

from a11y_kit import A11yKit
from a11y_kit.audit.server import serving
from a11y_kit.testing import preferences_cookie
from tests.corpus.site import NODE_MODULES


class Framework(NamedTuple):
    """A framework's script, how its templates name the heading, and how a page starts it."""

    script: str
    root: str
    heading: str
    start: str


FRAMEWORKS = {
    "vue": Framework(
        "vue/dist/vue.global.prod.js",
        'id="app"',
        "{{ council }}",
        'Vue.createApp({ data: () => ({ council: "District council" }) }).mount("#app");',
    ),
    "angularjs": Framework(
        "angular/angular.min.js",
        "ng-app ng-init=\"council = 'District council'\"",
        "{{ council }}",
        "",
    ),
    "alpine": Framework(
        "alpinejs/dist/cdn.min.js",
        "x-data=\"{ council: 'District council' }\"",
        '<span x-text="council"></span>',
        "",
    ),
}
PAGE = """<!DOCTYPE html><html lang="en" {{ a11y.html_attrs() }}><head><title>Council</title>
{{ a11y.head() }}<script src="/start.js"></script><script src="/framework.js" defer></script>
</head><body>{{ a11y.toolbar() }}<main {{ root|safe }}><h1>{{ heading|safe }}</h1>{% raw %}
<p><img src="/plan.png" alt="{{ 7 * 7 }} households"></p>
<p><a href="/u/1" title="{{ 2 + 2 }} profile"><img src="/avatar.png"></a></p>
<iframe src="/map" title="{{ 3 * 3 }} polling stations"></iframe>{% endraw %}
{{ a11y.image('/map.png', '{{ 6 * 7 }} streets') }}</main></body></html>"""


def template_site(framework: Framework) -> Flask:
    """A page whose ``<main>`` is the framework's in-DOM template."""
    app = Flask(__name__)
    A11yKit(app)
    app.add_url_rule(
        "/",
        "page",
        lambda: render_template_string(PAGE, root=framework.root, heading=framework.heading),
    )
    app.add_url_rule(
        "/framework.js", "framework", lambda: send_file(NODE_MODULES / framework.script)
    )
    mount = f'addEventListener("DOMContentLoaded", () => {{ {framework.start} }});'
    app.add_url_rule("/start.js", "start", lambda: Response(mount, mimetype="text/javascript"))
    app.add_url_rule("/map", "map", lambda: "<p>Map</p>")
    return app


@pytest.fixture(scope="module", params=FRAMEWORKS)
def site_url(request: pytest.FixtureRequest) -> Iterator[str]:
    with serving(template_site(FRAMEWORKS[request.param])) as url:
        yield url


def test_copied_text_stays_text_in_an_in_dom_template(page: Page, site_url: str) -> None:
    cookie = preferences_cookie(images="off", embeds="off")
    page.context.add_cookies([{"name": "a11y", "value": cookie, "url": site_url}])
    page.goto(site_url + "/")
    expect(page.locator("h1")).to_have_text("District council")
    expect(page.locator("p .a11y-alt")).to_have_text(
        ["{{ 7 * 7 }} households", "{{ 2 + 2 }} profile"]
    )
    expect(page.locator(".a11y-embed-link")).to_have_text("{{ 3 * 3 }} polling stations")
    expect(page.locator(".a11y-image__alt")).to_have_text("{{ 6 * 7 }} streets")
