"""Helpers for a host site's own tests: preference cookies, and (under pytest) the audit.

``preferences_cookie(size="200", scheme="black")`` builds a cookie value without spelling its
format. Under pytest (registered through the ``pytest11`` entry point) the ``a11y_audit``
fixture audits pages of the host's ``app`` fixture in Chromium: ``assert a11y_audit("/") == []``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from .preferences import PreferenceModel


def preferences_cookie(model: PreferenceModel | None = None, **settings: str) -> str:
    """The ``a11y`` cookie value for ``settings``, the rest at their defaults.

    ``preferences_cookie(size="200", scheme="black")`` is a visitor in the mode (``mode`` is
    ``"on"`` unless given) at 200 % on black. Unknown settings or values raise ``ValueError``.
    Pass the app's model (``app.extensions["a11y_kit"].model``) for a site's own sizes or schemes.
    """
    return (model or PreferenceModel.build()).cookie_for(**settings)


@contextmanager
def _chromium(request: Any) -> Iterator[Any]:
    """pytest-playwright's browser when the suite has one, else a Chromium of our own."""
    import pytest

    try:
        yield request.getfixturevalue("browser")
        return
    except pytest.FixtureLookupError:
        pass
    from playwright.sync_api import sync_playwright

    from .audit.browser import CHROMIUM_ARGS, find_chromium

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def _audit_fixture(request: Any, app: Any) -> Callable[..., list]:
    """``a11y_audit(*paths)``: the findings in the mode on ``paths`` of the host's ``app``."""
    from .audit.runner import NORMAL, PageAudit, every_scheme
    from .audit.server import serving
    from .page.settings import EXTENSION_KEY

    def audit(*paths: str) -> list:
        state = app.extensions[EXTENSION_KEY]
        settings = every_scheme(state.model, hardest_in_every_scheme=False)
        in_mode = [setting for setting in settings if setting is not NORMAL]
        families = tuple(app.config.get("A11Y_ICON_FONTS") or ())
        found = []
        with serving(app) as url, _chromium(request) as browser:
            runner = PageAudit(browser, url, state.model, state.cookie_name, families)
            for path in paths:
                found += runner.layout(path, settings) + runner.added_axe_rules(path, in_mode)
        return [finding for finding in found if finding.fails_the_run]

    return audit


try:
    import pytest
except ImportError:  # outside a test run only the cookie helper is needed
    pass
else:
    a11y_audit = pytest.fixture(_audit_fixture, name="a11y_audit")
