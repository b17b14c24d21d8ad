"""Pages not in UTF-8 (windows-1251, koi8-r, UTF-16, UTF-8 with a stray byte) with images off:
served, the alt text and a Russian or Belarusian toolbar right in Chromium, whether the
template calls the parts or ``A11Y_INJECT`` writes them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask, Response, render_template_string
from playwright.sync_api import Browser, expect

from a11y_kit import A11yKit
from a11y_kit.audit.server import serving
from a11y_kit.i18n import translator
from a11y_kit.testing import preferences_cookie

ALT = "Здание райисполкома, ул. Советская"
CALLING = """<!DOCTYPE html><html lang="ru" {{ a11y.html_attrs() }}><head>{{ head }}
<title>Новости</title>{{ a11y.head() }}</head><body>{{ a11y.toolbar() }}
<main><h1>Новости района</h1><p><img src="/photo.png" alt="{{ alt }}"> Сход граждан</p></main>
</body></html>"""
#: The same page for ``A11Y_INJECT``: it calls none of the parts.
UNCALLED = CALLING.replace("{{ a11y.html_attrs() }}", "").replace("{{ a11y.head() }}", "")
UNCALLED = UNCALLED.replace("{{ a11y.toolbar() }}", "")
#: Charset → how the page declares it: its bytes, and its ``Content-Type``.
DECLARED = {
    "windows-1251": ("windows-1251", "text/html; charset=windows-1251", ""),
    "koi8-r in <meta> only": ("koi8-r", "text/html", '<meta charset="koi8-r">'),
    "utf-16": ("utf-16", "text/html; charset=utf-16", ""),
    "utf-8 with a stray byte": ("utf-8", "text/html; charset=utf-8", ""),
}


def legacy_site(*, inject: bool) -> Flask:
    """``/<charset>``: the news page in that charset."""
    app = Flask(__name__)
    app.config["A11Y_INJECT"] = inject
    A11yKit(app)

    @app.get("/<declared>")
    def page(declared: str) -> Response:
        codec, content_type, head = DECLARED[declared]
        text = render_template_string(UNCALLED if inject else CALLING, alt=ALT, head=head)
        body = text.encode(codec, "xmlcharrefreplace")
        if declared.endswith("stray byte"):
            body = body.replace("Сход".encode(), b"\xff" + "Сход".encode())
        return Response(body, content_type=content_type)

    return app


@pytest.fixture(scope="module")
def legacy_urls() -> Iterator[dict[bool, str]]:
    """The site with template calls (``False``) and with ``A11Y_INJECT`` (``True``)."""
    with serving(legacy_site(inject=False)) as calling, serving(legacy_site(inject=True)) as bare:
        yield {False: calling, True: bare}


@pytest.mark.parametrize("declared", DECLARED)
@pytest.mark.parametrize("inject", [False, True], ids=["template-calls", "A11Y_INJECT"])
@pytest.mark.parametrize("locale", ["ru", "be"])
def test_legacy_page_shows_alt_text_and_toolbar_in_the_visitors_language(
    browser: Browser, legacy_urls: dict[bool, str], declared: str, inject: bool, locale: str
) -> None:
    url = legacy_urls[inject]
    context = browser.new_context(locale=locale, java_script_enabled=False)
    context.add_cookies([{"name": "a11y", "value": preferences_cookie(images="off"), "url": url}])
    page = context.new_page()
    try:
        response = page.goto(f"{url}/{declared}")
        assert response is not None and response.status == 200
        expect(page.locator(".a11y-alt")).to_have_text(ALT)
        region = translator(locale)("Accessibility settings")
        expect(page.get_by_role("region", name=region)).to_be_visible()
        expect(page.locator("h1")).to_have_text("Новости района")
    finally:
        context.close()
