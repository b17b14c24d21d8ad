"""``A11Y_INJECT``: every part a template did not write goes where a browser's parser opens
``<html>``, ends ``<head>`` and opens ``<body>``, once."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable

import pytest
from bs4 import BeautifulSoup
from flask import (
    Flask,
    Response,
    abort,
    jsonify,
    redirect,
    render_template_string,
    request,
    stream_template_string,
)

from a11y_kit import A11yKit, leave_out_injected_parts
from a11y_kit.rewriting import MissingParts, rewrite_page
from a11y_kit.testing import preferences_cookie
from tests.support.rewriting import rewritten
from tests.support.sites.bare_site import BARE_PAGE

PARTS = MissingParts('data-a11y-mode="on"', '<link rel="stylesheet" href="/a.css">', "<nav>T</nav>")
UNCALLED_PAGE = (
    "<!doctype html><html lang='en'><head><title>t</title></head><body><p>Text</p></body></html>"
)


def inject(page: bytes, parts: MissingParts, charset: str = "utf-8") -> bytes:
    return rewritten(page, charset=charset, parts=parts)


def injected(page: str, parts: MissingParts = PARTS) -> str:
    return inject(page.encode(), parts).decode()


def test_parts_go_into_html_head_and_body_start() -> None:
    page = injected("<html lang='en'><head><title>t</title></head><body class='x'><p>Text", PARTS)
    assert page == (
        "<html data-a11y-mode=\"on\" lang='en'><head><title>t</title>"
        '<link rel="stylesheet" href="/a.css"></head><body class=\'x\'><nav>T</nav><p>Text'
    )


def test_page_without_html_head_body_gets_them_where_a_browser_opens_them() -> None:
    page = (
        "<!DOCTYPE html>\n<meta charset=utf-8>\n<title>t</title>\n<script>'<p>'</script>\n<p>Text"
    )
    assert injected(page) == (
        "<!DOCTYPE html>\n<meta charset=utf-8>\n<title>t</title>\n<script>'<p>'</script>\n"
        '<html data-a11y-mode="on"><link rel="stylesheet" href="/a.css"><nav>T</nav><p>Text'
    )


def test_text_first_starts_the_body() -> None:
    assert injected("<title>t</title>&amp; more").endswith("<nav>T</nav>&amp; more")


def test_written_parts_are_left_alone() -> None:
    page = "<html><head></head><body><p>Text"
    assert injected(page, MissingParts(None, None, "<nav>T</nav>")) == (
        "<html><head></head><body><nav>T</nav><p>Text"
    )


def test_parts_are_written_in_the_pages_charset() -> None:
    page = "<html><body><p>Минск".encode("windows-1251")
    parts = MissingParts(None, None, "<nav>Шрифт №1 ✓</nav>")
    result = inject(page, parts, "windows-1251").decode("windows-1251")
    assert result == "<html><body><nav>Шрифт №1 &#10003;</nav><p>Минск"


def test_page_that_cannot_come_back_byte_for_byte_is_left_alone() -> None:
    page = "<html><body>x".encode("utf-16-le") + b"\x00"
    assert rewrite_page(page, "utf-16le", (), PARTS) is None


def injecting_app(view: Callable[[], object], *, inject_parts: bool = True) -> Flask:
    app = Flask(__name__)
    if inject_parts:
        app.config["A11Y_INJECT"] = True
    A11yKit(app)
    app.add_url_rule("/", "page", view)
    return app


def get_page(app: Flask, **settings: str) -> Response:
    client = app.test_client()
    if settings:
        client.set_cookie("a11y", preferences_cookie(**settings))
    return client.get("/")


def test_injected_page_is_in_the_visitors_mode_at_first_paint() -> None:
    app = injecting_app(lambda: render_template_string(UNCALLED_PAGE))
    response = get_page(app, scheme="blue")
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    assert soup.html["data-a11y-scheme"] == "blue"
    assert soup.head.find("link", rel="stylesheet")
    assert soup.body.contents[0]["class"] == ["a11y-toolbar"]
    assert "Cookie" in response.headers["Vary"]


def test_explicit_template_calls_win_never_two_toolbars() -> None:
    app = injecting_app(lambda: render_template_string(BARE_PAGE))
    page = get_page(app, scheme="blue").get_data(as_text=True)
    assert page.count('class="a11y-toolbar"') == 1
    assert page.count('id="a11y-switch"') == 1
    assert page.count("data-a11y-mode=") == 1
    assert page.count('rel="stylesheet"') == 1


def test_injection_is_off_unless_asked_for() -> None:
    app = injecting_app(lambda: render_template_string(UNCALLED_PAGE), inject_parts=False)
    assert get_page(app, scheme="blue").get_data(as_text=True) == UNCALLED_PAGE


@pytest.mark.parametrize(
    "view",
    [
        pytest.param(lambda: jsonify(html="<html><body>"), id="json"),
        pytest.param(lambda: Response("<html><body>", mimetype="text/plain"), id="plain-text"),
        pytest.param(lambda: redirect("/elsewhere"), id="redirect"),
        pytest.param(
            lambda: Response(stream_template_string(UNCALLED_PAGE)), id="streamed-template"
        ),
        pytest.param(
            lambda: Response(
                gzip.compress(UNCALLED_PAGE.encode()),
                headers={"Content-Encoding": "gzip"},
                mimetype="text/html",
            ),
            id="already-compressed",
        ),
    ],
)
def test_responses_that_are_not_whole_html_pages_are_left_alone(
    view: Callable[[], object],
) -> None:
    app = injecting_app(view)
    with app.test_request_context():
        expected = app.make_response(view()).get_data()
    assert get_page(app, scheme="blue").get_data() == expected


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param({"Sec-Fetch-Dest": "empty"}, id="fetched-by-a-script"),
        pytest.param({"HX-Request": "true"}, id="htmx-fragment"),
    ],
)
def test_fragments_fetched_by_scripts_get_no_parts(headers: dict[str, str]) -> None:
    app = injecting_app(lambda: render_template_string("<div class='card'>Hover card</div>"))
    client = app.test_client()
    client.set_cookie("a11y", preferences_cookie(scheme="blue"))
    assert client.get("/", headers=headers).get_data() == b"<div class='card'>Hover card</div>"


def test_page_a_browser_navigates_to_gets_its_parts() -> None:
    app = injecting_app(lambda: render_template_string(UNCALLED_PAGE))
    client = app.test_client()
    client.set_cookie("a11y", preferences_cookie(scheme="blue"))
    page = client.get("/", headers={"Sec-Fetch-Dest": "document"}).get_data(as_text=True)
    assert page.count('class="a11y-toolbar"') == 1


def test_json_sent_as_html_stays_json() -> None:
    app = injecting_app(lambda: json.dumps({"items": ["<b>one</b>"]}))
    assert json.loads(get_page(app, scheme="blue").get_data()) == {"items": ["<b>one</b>"]}


def test_error_page_from_abort_gets_the_mode() -> None:
    app = injecting_app(lambda: abort(404))
    page = get_page(app, scheme="blue").get_data(as_text=True)
    assert page.count('class="a11y-toolbar"') == 1
    assert 'data-a11y-scheme="blue"' in page


def test_each_mode_has_its_own_etag() -> None:
    def page_with_etag() -> Response:
        response = Response(UNCALLED_PAGE, mimetype="text/html")
        response.add_etag()
        return response

    app = injecting_app(page_with_etag)
    etags = {get_page(app, scheme=scheme).headers["ETag"] for scheme in ("blue", "black")}
    assert len(etags) == 2


def test_revalidating_with_another_modes_etag_gets_the_page() -> None:
    def conditional_page() -> Response:
        response = Response(UNCALLED_PAGE, mimetype="text/html")
        response.add_etag()
        return response.make_conditional(request)

    app = injecting_app(conditional_page)
    client = app.test_client()
    client.set_cookie("a11y", preferences_cookie(scheme="blue"))
    etag = client.get("/").headers["ETag"]
    client.set_cookie("a11y", preferences_cookie(scheme="black"))
    response = client.get("/", headers={"If-None-Match": etag})
    assert response.status_code == 200
    assert 'data-a11y-scheme="black"' in response.get_data(as_text=True)


def test_tag_manager_noscript_in_a_tagless_template_stays_shut() -> None:
    page = (
        "<!-- Google Tag Manager (noscript) --><noscript><iframe src='https://gtm.example/ns'>"
        "</iframe></noscript>\n<h1>News</h1>"
    )
    assert injected(page).endswith(
        '</noscript>\n<html data-a11y-mode="on"><link rel="stylesheet" href="/a.css">'
        "<nav>T</nav><h1>News</h1>"
    )


@pytest.mark.parametrize(
    "decoy",
    [
        pytest.param(
            "<!--[if lt IE 9]><html class='ie'><body class='ie'><![endif]-->", id="comment"
        ),
        pytest.param("<script>document.write('</head><body>')</script>", id="script"),
        pytest.param("<title>Opening </head><body> hours</title>", id="title"),
        pytest.param("<style>p::before{content:'<body>'}</style>", id="style"),
        pytest.param("<template><body><p>Later</p></body></template>", id="template"),
    ],
)
def test_decoy_tags_in_the_head_do_not_place_the_parts(decoy: str) -> None:
    page = f"<!DOCTYPE html><html><head>{decoy}</head><body class='real'><p>Text"
    assert injected(page) == (
        f'<!DOCTYPE html><html data-a11y-mode="on"><head>{decoy}'
        '<link rel="stylesheet" href="/a.css"></head><body class=\'real\'><nav>T</nav><p>Text'
    )


def test_custom_element_named_like_html_is_content() -> None:
    page = "<title>t</title><html-include src='/nav'></html-include><p>Text"
    assert injected(page) == (
        '<title>t</title><html data-a11y-mode="on"><link rel="stylesheet" href="/a.css">'
        "<nav>T</nav><html-include src='/nav'></html-include><p>Text"
    )


def test_markup_declaration_before_the_content_is_no_error() -> None:
    assert injected("<![ x ]>\n<p>Text").endswith("<nav>T</nav><p>Text")


FRAMESET = (
    "<!DOCTYPE html><html><head><title>Archive</title></head>"
    '<frameset cols="20%,80%"><frame src="/menu"><frame src="/news"></frameset></html>'
)


def test_a_frameset_document_keeps_its_frames_and_gets_the_mode() -> None:
    page = injected(FRAMESET)
    assert "<nav>" not in page
    assert page.startswith('<!DOCTYPE html><html data-a11y-mode="on"><head><title>Archive')
    assert '<link rel="stylesheet" href="/a.css"></head><frameset' in page


@pytest.mark.parametrize(
    "ending",
    ["<!-- to the end <p>", "<?xml version='1.0'", "<!# bogus", "<di", "<p class='x"],
)
def test_a_page_ending_inside_a_comment_or_a_tag_is_sent_unchanged(ending: str) -> None:
    page = "<!DOCTYPE html><title>News</title>" + ending
    assert injected(page) == page


def test_parts_never_go_where_a_browser_without_javascript_hides_them() -> None:
    # Without JavaScript the <style> in <noscript> holds the rest of the page as its text.
    page = "<!DOCTYPE html><head><noscript><style></noscript></head><body><p>Text</p></body>"
    assert injected(page) == page


def test_a_head_noscript_snippet_still_gets_the_parts() -> None:
    page = (
        "<!DOCTYPE html><html><head><noscript><div><img src=/watch alt=''></div></noscript>"
        "<title>t</title></head><body><p>Text</p></body></html>"
    )
    assert "<body><nav>T</nav><p>Text" in injected(page)


def partial_content() -> Response:
    response = Response(UNCALLED_PAGE[:40], status=206, mimetype="text/html")
    response.headers["Content-Range"] = f"bytes 0-39/{len(UNCALLED_PAGE)}"
    return response


def stream_with_its_length() -> Response:
    body = UNCALLED_PAGE.encode()
    return Response(iter([body]), mimetype="text/html", headers={"Content-Length": len(body)})


@pytest.mark.parametrize(
    "view",
    [
        pytest.param(partial_content, id="partial-content"),
        pytest.param(stream_with_its_length, id="stream-with-a-length"),
    ],
)
def test_only_whole_pages_sent_in_one_piece_are_rewritten(view: Callable[[], Response]) -> None:
    app = injecting_app(view)
    with app.test_request_context():
        expected = view().get_data()
    assert get_page(app, scheme="blue").get_data() == expected


RSS = (
    "<?xml version='1.0'?><rss version='2.0'><channel><title>News</title>"
    "<item><title>Plan approved</title></item></channel></rss>"
)


@pytest.mark.parametrize(
    ("body", "headers"),
    [
        pytest.param(
            "<div class='card'>Card</div>", {"X-Requested-With": "XMLHttpRequest"}, id="jquery"
        ),
        pytest.param("OK", {}, id="short-answer"),
        pytest.param(RSS, {}, id="feed"),
        pytest.param("<li>One</li><li>Two</li>", {}, id="fragment"),
    ],
)
def test_without_fetch_metadata_what_is_not_a_document_gets_no_parts(
    body: str, headers: dict[str, str]
) -> None:
    app = injecting_app(lambda: Response(body, mimetype="text/html"))
    client = app.test_client()
    client.set_cookie("a11y", preferences_cookie(scheme="blue"))
    assert client.get("/", headers=headers).get_data(as_text=True) == body


def test_compression_set_up_after_a11y_kit_still_gets_the_parts() -> None:
    from flask_compress import Compress

    app = injecting_app(lambda: render_template_string(UNCALLED_PAGE + "<!--" + "x" * 600 + "-->"))
    Compress(app)
    client = app.test_client()
    client.set_cookie("a11y", preferences_cookie(scheme="blue"))
    response = client.get("/", headers={"Accept-Encoding": "gzip"})
    assert response.headers["Content-Encoding"] == "gzip"
    assert b'class="a11y-toolbar"' in gzip.decompress(response.get_data())


WITHOUT_HTML_ATTRS = (
    "<!doctype html><html lang='en'><head><title>t</title>{{ a11y.head() }}</head>"
    "<body>{{ a11y.toolbar() }}{{ a11y.switch() }}<p>Text</p></body></html>"
)


def test_a_template_leaving_out_html_attrs_still_puts_the_page_in_the_mode(
    caplog: pytest.LogCaptureFixture,
) -> None:
    app = injecting_app(lambda: render_template_string(WITHOUT_HTML_ATTRS), inject_parts=False)
    app.debug = True
    page = get_page(app, scheme="blue").get_data(as_text=True)
    assert page.count('data-a11y-scheme="blue"') == 1
    assert page.count('class="a11y-toolbar"') == 1
    assert "calls a11y.head(), a11y.switch(), a11y.toolbar() but not a11y.html_attrs()" in (
        caplog.text
    )


SWITCH_PARTS = PARTS._replace(switch='<form class="a11y-switch">S</form>')


def test_the_switch_goes_first_into_the_element_the_page_marks() -> None:
    page = injected(
        "<html><head></head><body><header><h1>Site</h1>"
        "<div class='tools' data-a11y-switch><a href=/>Map</a></div></header><p>Text",
        SWITCH_PARTS,
    )
    assert page == (
        '<html data-a11y-mode="on"><head><link rel="stylesheet" href="/a.css"></head><body>'
        "<nav>T</nav><header><h1>Site</h1><div class='tools' data-a11y-switch>"
        '<form class="a11y-switch">S</form><a href=/>Map</a></div></header><p>Text'
    )


@pytest.mark.parametrize(
    "marker",
    ["<img data-a11y-switch src=a.png alt=Logo>", "<form><div data-a11y-switch></div></form>"],
    ids=["void element", "inside a form"],
)
def test_a_marked_element_that_cannot_hold_the_switch_leaves_it_after_the_toolbar(
    marker: str,
) -> None:
    page = injected(f"<html><head></head><body>{marker}<p>Text", SWITCH_PARTS)
    assert page.startswith(
        '<html data-a11y-mode="on"><head><link rel="stylesheet" href="/a.css"></head><body>'
        '<nav>T</nav><form class="a11y-switch">S</form>' + marker
    )


def test_a_view_can_leave_out_the_injected_parts() -> None:
    app = Flask(__name__)
    app.config["A11Y_INJECT"] = True
    A11yKit(app)

    @app.get("/print")
    def printable() -> str:
        leave_out_injected_parts()
        return UNCALLED_PAGE

    app.add_url_rule("/", "page", lambda: UNCALLED_PAGE)
    client = app.test_client()
    client.set_cookie("a11y", preferences_cookie(scheme="blue"))
    assert client.get("/print").get_data(as_text=True) == UNCALLED_PAGE
    assert "a11y-toolbar" in client.get("/").get_data(as_text=True)
