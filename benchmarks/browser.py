"""In Chromium: click-to-style latency of the toolbar, layout shift while a page loads, and what a
page that animates many elements through their ``style`` pays a frame."""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from playwright.sync_api import Browser, Page, sync_playwright

from a11y_kit.audit.browser import CHROMIUM_ARGS, find_chromium
from a11y_kit.audit.server import serving
from benchmarks.server_cost import app_without_extension
from examples.news import create_app

ARTICLE = "/news/library-opening-hours"
IN_THE_MODE = "1-on-sans-100-normal-normal-white-on"
ON_BLACK = "1-on-sans-100-normal-normal-black-on"

#: One toggle inside the page: click a size button, wait until the paragraph's computed
#: font size changes (styled), then until the next frame is rendered (painted).
_TOGGLE = """async (value) => {
  const button = document.querySelector(`.a11y-toolbar button[name=size][value="${value}"]`);
  const paragraph = document.querySelector(".article__paragraph");
  const before = getComputedStyle(paragraph).fontSize;
  const started = performance.now();
  button.click();
  while (getComputedStyle(paragraph).fontSize === before) {
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const styled = performance.now() - started;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return [styled, performance.now() - started];
}"""

#: Elements a script moves through their inline ``style`` every frame, and for how many frames.
ANIMATED_ELEMENTS = 1000
ANIMATED_FRAMES = 120

_ANIMATE = """async ([count, frames]) => {
  const moving = [];
  for (let i = 0; i < count; i++) {
    const element = document.createElement("div");
    element.textContent = "·";
    document.querySelector("main").append(element);
    moving.push(element);
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
  for (let frame = 0; frame < frames; frame++) {
    moving.forEach((element, i) => {
      element.style.transform = `translateX(${(frame + i) % 7}px)`;
    });
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}"""

_LAYOUT_SHIFT = """() => new Promise((resolve) => {
  let total = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
  }).observe({ type: "layout-shift", buffered: true });
  setTimeout(() => resolve(total), 500);
})"""


@dataclass(frozen=True)
class ToggleLatency:
    """Median milliseconds from click to new computed style and to the next frame."""

    styled_ms: float
    painted_ms: float
    samples: int
    #: Page loads seen from the first one to the last toggle (1: no toggle loaded a page).
    page_loads: int


def _page_in_the_mode(
    browser: Browser, url: str, block_script: bool = False, cookie: str | None = IN_THE_MODE
) -> Page:
    """A new visitor in the mode opens the article (optionally with a11y_kit's script blocked;
    ``cookie=None``: a visitor in normal mode)."""
    context = browser.new_context()
    if cookie is not None:
        context.add_cookies([{"name": "a11y", "value": cookie, "url": url}])
    page = context.new_page()
    if block_script:
        page.route("**/*.js", lambda route: route.abort())
    page.goto(url + ARTICLE, wait_until="load")
    return page


def toggle_latency(browser: Browser, url: str, samples: int = 20) -> ToggleLatency:
    """Alternate 150 % and 200 % ``samples`` times; count page loads (there should be one)."""
    page = _page_in_the_mode(browser, url)
    page.evaluate("window.__samePage = true")
    timings = [page.evaluate(_TOGGLE, "150" if i % 2 == 0 else "200") for i in range(samples)]
    stayed = page.evaluate("window.__samePage === true")
    navigations = page.evaluate("performance.getEntriesByType('navigation').length")
    page.context.close()
    return ToggleLatency(
        styled_ms=statistics.median(styled for styled, _ in timings),
        painted_ms=statistics.median(painted for _, painted in timings),
        samples=samples,
        page_loads=navigations if stayed else navigations + 1,
    )


def layout_shift(browser: Browser, url: str, block_script: bool) -> float:
    """Cumulative layout shift while the article page loads in the mode."""
    page = _page_in_the_mode(browser, url, block_script)
    score = page.evaluate(_LAYOUT_SHIFT)
    page.context.close()
    return score


@dataclass(frozen=True)
class FrameCost:
    """Milliseconds of script and of style recalculation a frame, from Chromium's metrics."""

    script_ms: float
    style_ms: float


def animation_frame_cost(
    browser: Browser, url: str, block_script: bool, cookie: str | None
) -> FrameCost:
    """What each frame of ``_ANIMATE`` costs the article's page."""
    page = _page_in_the_mode(browser, url, block_script, cookie)
    metrics = page.context.new_cdp_session(page)
    metrics.send("Performance.enable")

    def now() -> dict[str, float]:
        return {m["name"]: m["value"] for m in metrics.send("Performance.getMetrics")["metrics"]}

    before = now()
    page.evaluate(_ANIMATE, [ANIMATED_ELEMENTS, ANIMATED_FRAMES])
    after = now()
    page.context.close()

    def per_frame(name: str) -> float:
        return (after[name] - before[name]) * 1000 / ANIMATED_FRAMES

    return FrameCost(per_frame("ScriptDuration"), per_frame("RecalcStyleDuration"))


def first_paint_in_the_mode(browser: Browser, url: str) -> bool:
    """With JavaScript off, does the article arrive white on black for an "on black" visitor?"""
    context = browser.new_context(java_script_enabled=False)
    context.add_cookies([{"name": "a11y", "value": ON_BLACK, "url": url}])
    page = context.new_page()
    page.goto(url + ARTICLE, wait_until="load")
    colours = page.locator(".article__paragraph").first.evaluate(
        "p => [getComputedStyle(p).color, getComputedStyle(p).backgroundColor]"
    )
    context.close()
    return colours == ["rgb(255, 255, 255)", "rgb(0, 0, 0)"]


@dataclass(frozen=True)
class BrowserResults:
    """Everything measured in Chromium."""

    toggle: ToggleLatency
    layout_shift_with_script: float
    layout_shift_without_script: float
    first_paint_in_the_mode: bool
    #: A page animating many elements: in the mode with the script, with it blocked, in
    #: normal mode, and the same page served without a11y_kit.
    animation_with_script: FrameCost
    animation_without_script: FrameCost
    animation_in_normal_mode: FrameCost
    animation_without_a11y_kit: FrameCost


def measure_in_browser() -> BrowserResults:
    """All browser measurements on the demo article, in one Chromium."""
    with (
        serving(create_app()) as url,
        serving(app_without_extension()) as bare_url,
        sync_playwright() as playwright,
    ):
        browser = playwright.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        try:
            return BrowserResults(
                toggle=toggle_latency(browser, url),
                layout_shift_with_script=layout_shift(browser, url, block_script=False),
                layout_shift_without_script=layout_shift(browser, url, block_script=True),
                first_paint_in_the_mode=first_paint_in_the_mode(browser, url),
                animation_with_script=animation_frame_cost(browser, url, False, IN_THE_MODE),
                animation_without_script=animation_frame_cost(browser, url, True, IN_THE_MODE),
                animation_in_normal_mode=animation_frame_cost(browser, url, False, None),
                animation_without_a11y_kit=animation_frame_cost(browser, bare_url, False, None),
            )
        finally:
            browser.close()
