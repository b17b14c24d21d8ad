"""Signed-in sync on the recipe app (Flask-Login, Flask-SQLAlchemy, SQLite): two browser
contexts are two devices of one visitor."""

from __future__ import annotations

import importlib.util
import sqlite3
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from a11y_kit.audit.server import serving
from tests.browser.toolbar import open_settings

RECIPE = Path(__file__).resolve().parents[2] / "docs" / "recipes" / "accounts" / "app.py"


@cache
def load_recipe() -> ModuleType:
    """``docs/recipes/accounts/app.py``, imported once from its path (registered, so that
    SQLAlchemy reads its models' annotations)."""
    spec = importlib.util.spec_from_file_location("accounts_recipe", RECIPE)
    assert spec is not None and spec.loader is not None
    module = sys.modules[spec.name] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Site:
    """The recipe app on 127.0.0.1 and its SQLite file."""

    def __init__(self, url: str, database: Path) -> None:
        self.url, self.database = url, database

    def stored(self, name: str = "anna") -> str | None:
        with sqlite3.connect(self.database) as connection:
            row = connection.execute(
                'SELECT a11y_preferences FROM "user" WHERE name = ?', (name,)
            ).fetchone()
        return row[0] if row else None


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    database = tmp_path / "accounts.db"
    app = load_recipe().create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{database}"})
    with serving(app) as url:
        yield Site(url, database)


@pytest.fixture
def devices(browser: Browser, request: pytest.FixtureRequest) -> Iterator[list[BrowserContext]]:
    """Two devices, JavaScript on on both (or off, where a test asks with ``ON_AND_OFF``)."""
    javascript = getattr(request, "param", True)
    contexts = [browser.new_context(java_script_enabled=javascript) for _ in range(2)]
    yield contexts
    for context in contexts:
        context.close()


#: The whole flow, and the promise that nothing is stored unasked, with and without the script.
ON_AND_OFF = pytest.mark.parametrize("devices", [True, False], ids=["js", "no-js"], indirect=True)


def signed_in(context: BrowserContext, site: Site) -> Page:
    page = context.new_page()
    page.goto(site.url + "/login?name=anna")
    expect(page.get_by_text("Signed in as anna")).to_be_visible()
    return page


def choose_size(page: Page, size: str) -> None:
    """Pick a size in Settings (the mode on)."""
    open_settings(page)
    page.get_by_role("group", name="Font size").get_by_role("button", name=f"{size}%").click()
    expect(page.locator("html")).to_have_attribute("data-a11y-size", size)
    page.wait_for_load_state()


def choose_on_white_at_150(page: Page) -> None:
    """Switch the mode on and pick 150 %."""
    page.get_by_role("button", name="Version for the visually impaired").click()
    expect(page.locator("html")).to_have_attribute("data-a11y-mode", "on")
    choose_size(page, "150")


def press(page: Page, name: str) -> None:
    """Press an account button in Settings: a plain post, with or without the script."""
    open_settings(page)
    with page.expect_navigation():
        page.get_by_role("button", name=name).click()


def remembered(context: BrowserContext, site: Site) -> Page:
    """Sign in, choose 150 % and press "Remember on my account"."""
    page = signed_in(context, site)
    choose_on_white_at_150(page)
    press(page, "Remember on my account")
    return page


@ON_AND_OFF
def test_remembered_choice_is_drawn_at_first_paint_on_another_device(
    site: Site, devices: list[BrowserContext]
) -> None:
    phone, laptop = devices
    remembered(phone, site)
    assert site.stored() is not None
    other = signed_in(laptop, site)
    expect(other.locator("html")).to_have_attribute("data-a11y-mode", "on")
    expect(other.locator("html")).to_have_attribute("data-a11y-size", "150")


def test_forget_deletes_the_choice_from_the_account(
    site: Site, devices: list[BrowserContext]
) -> None:
    phone, laptop = devices
    press(remembered(phone, site), "Forget on my account")
    assert site.stored() is None
    expect(signed_in(laptop, site).locator("html")).to_have_attribute("data-a11y-mode", "off")


@ON_AND_OFF
def test_without_the_request_nothing_is_written_to_the_account(
    site: Site, devices: list[BrowserContext]
) -> None:
    phone, laptop = devices
    choose_on_white_at_150(signed_in(phone, site))
    assert site.stored() is None
    expect(signed_in(laptop, site).locator("html")).to_have_attribute("data-a11y-mode", "off")


def test_signing_out_keeps_the_devices_choice(site: Site, devices: list[BrowserContext]) -> None:
    page = signed_in(devices[0], site)
    choose_on_white_at_150(page)
    page.goto(site.url + "/logout")
    expect(page.locator("html")).to_have_attribute("data-a11y-size", "150")
    expect(page.get_by_role("button", name="Remember on my account")).to_have_count(0)


def test_a_remembered_visitors_later_choices_are_saved_back(
    site: Site, devices: list[BrowserContext], browser: Browser
) -> None:
    phone, laptop = devices
    page = remembered(phone, site)
    other = signed_in(laptop, site)
    choose_size(other, "200")
    page.reload()
    expect(page.locator("html")).to_have_attribute("data-a11y-size", "150")  # its own cookie
    tablet = browser.new_context()
    try:
        expect(signed_in(tablet, site).locator("html")).to_have_attribute("data-a11y-size", "200")
    finally:
        tablet.close()
