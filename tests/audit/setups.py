"""``--setup`` functions a site owner might write: cookies every audited visit carries."""

from __future__ import annotations

from flask import Flask


def playwright_shaped_cookies(app: Flask) -> list[dict[str, str]]:
    """A signed-in test user's session cookie, in the shape Playwright itself uses."""
    return [{"name": "session", "value": "test-user", "domain": "127.0.0.1", "path": "/"}]
