"""Motion stopped and calm text on the moving corpus page: in every scheme, with JavaScript on
and off (where the behaviour needs no script), at first paint and toggled without a reload."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from a11y_kit.testing import preferences_cookie
from tests.browser.toolbar import choose
from tests.corpus.conftest import MODEL
from tests.corpus.site import MOVING_BOOTSTRAP

SCHEMES = MODEL.choices["scheme"]
STOPPED = {"motion": "stopped"}
CALM = {"text": "calm"}
OpenPage = Callable[..., Page]

every_scheme = pytest.mark.parametrize("scheme", SCHEMES)
#: Every scheme, with JavaScript on and off.
VIEWS = [(scheme, javascript) for scheme in SCHEMES for javascript in (True, False)]


def view_id(view: tuple[str, bool]) -> str:
    scheme, javascript = view
    return f"{scheme}-{'javascript' if javascript else 'no-javascript'}"


@pytest.fixture
def open_page(browser: Browser, corpus_url: str) -> Iterator[OpenPage]:
    """Opens a corpus path at 1280 by 800 px for a visitor with the given preferences."""
    contexts = []

    def opened(path: str, javascript: bool = True, **settings: str) -> Page:
        context = browser.new_context(
            java_script_enabled=javascript, viewport={"width": 1280, "height": 800}
        )
        contexts.append(context)
        cookie = preferences_cookie(MODEL, **settings)
        context.add_cookies([{"name": "a11y", "value": cookie, "url": corpus_url}])
        page = context.new_page()
        page.goto(corpus_url + path)
        return page

    yield opened
    for context in contexts:
        context.close()


@pytest.fixture(params=VIEWS, ids=view_id)
def stopped(request: pytest.FixtureRequest, open_page: OpenPage) -> Page:
    """The moving page with motion stopped, in one scheme, with JavaScript on or off."""
    scheme, javascript = request.param
    return open_page("/motion", javascript, scheme=scheme, **STOPPED)


@pytest.fixture(params=VIEWS, ids=view_id)
def calm(request: pytest.FixtureRequest, open_page: OpenPage) -> Page:
    """The moving page with calm text and line spacing 2, in one scheme, JavaScript on or off."""
    scheme, javascript = request.param
    return open_page("/motion", javascript, scheme=scheme, line_height="2", **CALM)


#: A transform that leaves a box where it is, as computed styles write it.
UNMOVED = ("none", "matrix(1, 0, 0, 1, 0, 0)")


def transform_of(page: Page, selector: str) -> str:
    return page.locator(selector).evaluate("(element) => getComputedStyle(element).transform")


def test_animations_show_their_end_state_at_once(stopped: Page) -> None:
    heading = stopped.locator("#heading")
    assert heading.evaluate("(element) => getComputedStyle(element).opacity") == "1"
    assert transform_of(stopped, "#heading") in UNMOVED
    assert transform_of(stopped, "#spinner") in UNMOVED


def test_smooth_scrolling_is_off(stopped: Page) -> None:
    behaviour = "() => getComputedStyle(document.documentElement).scrollBehavior"
    assert stopped.evaluate(behaviour) == "auto"


def test_a_transition_reaches_its_end_state_at_once(stopped: Page) -> None:
    link = stopped.locator("#growing")
    link.hover()
    padding = "(element) => getComputedStyle(element).paddingLeft"
    at_once = link.evaluate(padding)
    stopped.wait_for_timeout(300)
    assert at_once == link.evaluate(padding) != "8px"


def active_slides(pages: list[Page]) -> list[str]:
    return [page.locator("#slides .active").inner_text() for page in pages]


@pytest.mark.timeout(90)
def test_carousels_of_bootstrap_3_4_and_5_do_not_advance_in_10_seconds(
    open_page: OpenPage,
) -> None:
    pages = [
        open_page(f"/motion/bootstrap{version}", scheme=scheme, **STOPPED)
        for version in MOVING_BOOTSTRAP
        for scheme in SCHEMES
    ]
    first = active_slides(pages)
    pages[-1].wait_for_timeout(10_000)
    assert active_slides(pages) == first


def test_a_carousel_still_moves_when_the_visitor_moves_it(open_page: OpenPage) -> None:
    page = open_page("/motion", **STOPPED)
    page.get_by_role("button", name="Next news").click()
    expect(page.locator("#slides .active")).to_have_text("The library's summer hours")


def test_an_autoplaying_video_is_paused(stopped: Page) -> None:
    stopped.wait_for_timeout(500)
    assert stopped.locator("#film").evaluate("(video) => [video.paused, video.currentTime]") == [
        True,
        0,
    ]


def center_pixel(page: Page, selector: str) -> tuple[int, ...]:
    from io import BytesIO

    from PIL import Image

    shot = Image.open(BytesIO(page.locator(selector).screenshot())).convert("RGB")
    return tuple(shot.getpixel((shot.width // 2, shot.height // 2)))


@every_scheme
def test_an_animated_gif_holds_its_first_frame(open_page: OpenPage, scheme: str) -> None:
    page = open_page("/motion", scheme=scheme, **STOPPED)
    expect(page.locator("#animated")).to_be_visible()
    frames = set()
    for _ in range(4):
        frames.add(center_pixel(page, "#animated"))
        page.wait_for_timeout(130)
    assert frames == {(0xCC, 0x22, 0x22)}


@every_scheme
def test_an_animated_gif_is_hidden_behind_its_alt_text_without_javascript(
    open_page: OpenPage, scheme: str
) -> None:
    page = open_page("/motion", False, scheme=scheme, **STOPPED)
    expect(page.locator("#animated")).to_be_hidden()
    expect(page.locator("#animated + .a11y-alt")).to_have_text("The district's flag waving")


def test_a_marquee_does_not_move(stopped: Page) -> None:
    ticker = stopped.locator("#ticker")
    before = ticker.screenshot()
    stopped.wait_for_timeout(500)
    assert ticker.screenshot() == before


#: Each line of the page's justified paragraphs: how many characters it holds.
LINE_LENGTHS = """() => [...document.querySelectorAll("p.justified")].flatMap((paragraph) => {
    const text = paragraph.firstChild;
    const range = document.createRange();
    const lines = new Map();
    for (let at = 0; at < text.length; at++) {
        range.setStart(text, at);
        range.setEnd(text, at + 1);
        const top = Math.round(range.getBoundingClientRect().top);
        lines.set(top, (lines.get(top) || 0) + 1);
    }
    return [...lines.values()];
})"""


@pytest.mark.parametrize("view", VIEWS, ids=view_id)
@pytest.mark.parametrize("font", MODEL.choices["font"])
def test_a_paragraph_line_holds_at_most_80_characters(
    open_page: OpenPage, view: tuple[str, bool], font: str
) -> None:
    scheme, javascript = view
    page = open_page("/motion", javascript, scheme=scheme, font=font, **CALM)
    lengths = page.evaluate(LINE_LENGTHS)
    assert len(lengths) > 6
    assert max(lengths) <= 80


def test_no_paragraph_is_justified(calm: Page) -> None:
    aligned = calm.locator("p.justified").evaluate_all(
        "(paragraphs) => paragraphs.map((p) => getComputedStyle(p).textAlign)"
    )
    assert "justify" not in aligned


#: For each paragraph after the first: the space above it in line heights.
PARAGRAPH_GAPS = """() => {
    const paragraphs = [...document.querySelectorAll("p.justified")];
    return paragraphs.slice(1).map((paragraph, index) => {
        const above = paragraphs[index].getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(paragraph);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        const lineHeight = paragraph.getBoundingClientRect().height / lines.size;
        return (paragraph.getBoundingClientRect().top - above.bottom) / lineHeight;
    });
}"""


def test_paragraphs_are_one_and_a_half_lines_apart(calm: Page) -> None:
    gaps = calm.evaluate(PARAGRAPH_GAPS)
    assert len(gaps) == 2
    assert min(gaps) >= 1.49


def test_motion_and_calm_text_are_chosen_without_a_reload(open_page: OpenPage) -> None:
    page = open_page("/motion")
    page.evaluate("window.__samePage = true")
    choose(page, "Motion", "Stopped")
    choose(page, "Text block", "Calm")
    style = "getComputedStyle(document.querySelector({!r}))"
    page.wait_for_function(style.format("#spinner") + ".transform == 'none'")
    page.wait_for_function(style.format(".justified") + ".textAlign == 'start'")
    assert page.locator("#film").evaluate("(video) => video.paused")
    before = page.locator("#ticker").screenshot()
    page.wait_for_timeout(500)
    assert page.locator("#ticker").screenshot() == before
    assert page.evaluate("window.__samePage") is True
