"""The mode keeps pages valid HTML: the W3C Nu Html Checker (``vnu.jar``, installed with the
corpus's packages) finds nothing in the demo article with images and embedded content off, and
nothing more than in normal mode in a page whose alt and title text a template framework would
read as an expression."""

from __future__ import annotations

import json
import shutil
import subprocess

from flask import render_template_string

from a11y_kit.testing import preferences_cookie
from examples.news import create_app
from tests.corpus.site import NODE_MODULES
from tests.support.sites.bare_site import create_bare_app

VNU = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
IN_THE_MODE = preferences_cookie(images="off", embeds="off", size="200")
NORMAL = preferences_cookie(mode="off")
TEMPLATED = """<!DOCTYPE html><html lang="en" {{ a11y.html_attrs() }}><head><title>t</title>
{{ a11y.head() }}</head><body>{{ a11y.toolbar() }}<main>{% raw %}
<p><img src="/plan.png" alt="{{ 7 * 7 }} households"></p>
<p><a href="/u/1" title="[[ user ]]"><img src="/avatar.png"></a></p>
<iframe src="https://maps.example/embed" title="${ map }"></iframe>{% endraw %}
{{ a11y.image('/map.png', '{{ 6 * 7 }} streets') }}</main></body></html>"""


def checker_messages(page: bytes) -> list[str]:
    """What the Nu Html Checker says of ``page``, in order, without where."""
    java = shutil.which("java")
    assert java, "the Nu Html Checker needs Java (Debian's default-jre-headless)"
    checked = subprocess.run(
        [java, "-jar", str(VNU), "--format", "json", "--exit-zero-always", "-"],
        input=page,
        capture_output=True,
        timeout=60,
        check=True,
    )
    return [message["message"] for message in json.loads(checked.stderr)["messages"]]


def demo_article(cookie: str) -> bytes:
    client = create_app().test_client()
    client.set_cookie("a11y", cookie)
    return client.get("/news/library-opening-hours").get_data()


def templated_page(cookie: str) -> bytes:
    app = create_bare_app()
    app.add_url_rule("/t", "t", lambda: render_template_string(TEMPLATED))
    client = app.test_client()
    client.set_cookie("a11y", cookie)
    return client.get("/t").get_data()


def test_demo_article_in_the_mode_is_valid_html() -> None:
    html = demo_article(IN_THE_MODE)
    assert b'class="a11y-image__alt"' in html
    assert checker_messages(html) == []


def test_copied_alt_and_title_text_adds_nothing_the_checker_rejects() -> None:
    html = templated_page(IN_THE_MODE)
    assert html.count(b'class="a11y-alt"') == 2
    assert checker_messages(html) == checker_messages(templated_page(NORMAL))
