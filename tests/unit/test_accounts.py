"""The account store's contract at the endpoint: only a signed-in visitor's explicit request
writes to it, and a store missing a method is refused at ``init_app``."""

from __future__ import annotations

import pytest
from flask import Flask, render_template_string

from a11y_kit import A11yKit
from a11y_kit.testing import preferences_cookie
from tests.support.sites.bare_site import BARE_PAGE

SAME_ORIGIN = {"Sec-Fetch-Site": "same-origin"}


class MemoryStore:
    """One visitor's account, in memory."""

    def __init__(self, signed_in: bool, stored: str | None = None) -> None:
        self.is_signed_in, self.stored, self.saves = signed_in, stored, 0

    def signed_in(self) -> bool:
        return self.is_signed_in

    def load(self) -> str | None:
        return self.stored

    def save(self, value: str | None) -> None:
        self.stored, self.saves = value, self.saves + 1


def app_with(store: object) -> Flask:
    app = Flask(__name__)
    A11yKit(app, accounts=store)
    app.add_url_rule("/", "page", lambda: render_template_string(BARE_PAGE))
    return app


def post(store: MemoryStore, form: dict[str, str]) -> int:
    client = app_with(store).test_client()
    return client.post("/a11y/preferences", data=form, headers=SAME_ORIGIN).status_code


def test_remember_from_a_visitor_not_signed_in_is_refused() -> None:
    store = MemoryStore(signed_in=False)
    assert (post(store, {"account": "remember"}), store.saves) == (403, 0)


def test_an_unknown_account_action_is_refused() -> None:
    store = MemoryStore(signed_in=True)
    assert (post(store, {"account": "export"}), store.saves) == (400, 0)


def test_a_choice_without_remember_writes_nothing_to_the_account() -> None:
    store = MemoryStore(signed_in=True)
    assert (post(store, {"mode": "on", "size": "150"}), store.saves) == (303, 0)


def test_opening_settings_is_never_kept_on_the_account() -> None:
    remembered = preferences_cookie(scheme="blue")
    store = MemoryStore(signed_in=True, stored=remembered)
    client = app_with(store).test_client()
    client.set_cookie("a11y", remembered)
    client.post("/a11y/preferences", data={"panel": "open"}, headers=SAME_ORIGIN)
    client.post("/a11y/preferences", data={"account": "remember"}, headers=SAME_ORIGIN)
    assert (store.stored, client.get_cookie("a11y").value) == (
        remembered,
        preferences_cookie(scheme="blue", panel="open"),
    )


def test_the_toolbar_offers_remember_only_to_a_signed_in_visitor() -> None:
    for signed_in, expected in ((True, 1), (False, 0)):
        client = app_with(MemoryStore(signed_in)).test_client()
        client.set_cookie("a11y", preferences_cookie(scheme="white"))
        page = client.get("/").get_data(as_text=True)
        assert page.count("Remember on my account") == expected


def test_a_store_without_save_is_refused_at_init_app() -> None:
    class LoadOnly:
        def signed_in(self) -> bool:
            return True

        def load(self) -> str | None:
            return None

    with pytest.raises(TypeError, match="accounts"):
        app_with(LoadOnly())
