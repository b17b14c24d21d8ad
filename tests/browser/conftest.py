"""Browser-test defaults: short timeouts so a hang fails instead of stalling CI."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

ACTION_TIMEOUT_MS = 10_000


@pytest.fixture(autouse=True)
def _short_timeouts(page: Page) -> None:
    page.set_default_timeout(ACTION_TIMEOUT_MS)
    page.set_default_navigation_timeout(ACTION_TIMEOUT_MS)
