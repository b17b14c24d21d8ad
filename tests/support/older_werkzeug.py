"""The test client's cookie methods as Werkzeug 2.3 and later name them (``set_cookie(key,
value)``, ``get_cookie(key)``), given to Werkzeug 2.2's client, so the same tests run in the
environment of the oldest supported Flask."""

from __future__ import annotations

from http.cookiejar import Cookie
from typing import Any

from werkzeug.test import Client


def _set_cookie(self: Client, key: str, value: str = "", **options: Any) -> None:
    _server_named_set_cookie(self, options.pop("domain", "localhost"), key, value, **options)


def _get_cookie(
    self: Client, key: str, domain: str = "localhost", path: str = "/"
) -> Cookie | None:
    jar = self.cookie_jar or ()
    return next((cookie for cookie in jar if cookie.name == key and cookie.path == path), None)


_server_named_set_cookie = Client.set_cookie
if not hasattr(Client, "get_cookie"):
    Client.set_cookie = _set_cookie  # type: ignore[method-assign,assignment]
    Client.get_cookie = _get_cookie  # type: ignore[attr-defined]
