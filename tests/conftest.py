"""Fixtures shared by every kind of test: apps, clients, live servers, the browser."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient

from a11y_kit.audit.browser import CHROMIUM_ARGS, find_chromium
from a11y_kit.audit.server import serving
from examples.news import create_app as create_demo_app
from tests.support import older_werkzeug  # noqa: F401 (the 2.3 cookie API on Werkzeug 2.2)
from tests.support.installed_wheel import (
    InstalledSite,
    install_wheel,
    serving_installed,
    world_readable_tempdir,
)
from tests.support.sites.minimal_site import create_app as create_minimal_app


@pytest.fixture(scope="session")
def base_url() -> None:
    """No single base URL: each test names the live site it visits."""
    return None


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    """Launch Debian's Chromium instead of a Playwright download."""
    return {
        **browser_type_launch_args,
        "executable_path": find_chromium(),
        "args": CHROMIUM_ARGS,
        "timeout": 30_000,
    }


@pytest.fixture
def app() -> Flask:
    """The demo news site, a new instance per test."""
    return create_demo_app({"TESTING": True})


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A test client for the demo site."""
    return app.test_client()


@pytest.fixture(scope="session")
def demo_url() -> Iterator[str]:
    """The demo news site over real HTTP."""
    with serving(create_demo_app()) as url:
        yield url


@pytest.fixture(scope="session")
def px_site_url() -> Iterator[str]:
    """A px-based, fixed-width host site over real HTTP."""
    with serving(create_minimal_app(px_css=True)) as url:
        yield url


@pytest.fixture(scope="session")
def corpus_url() -> Iterator[str]:
    """The corpus pages (real framework CSS from the registries) on 127.0.0.1."""
    # Imported here: the corpus runs Flask-Admin and Flask-AppBuilder, which the environment
    # of the oldest supported Flask does not install.
    from tests.corpus.site import create_app as create_corpus_app

    with serving(create_corpus_app()) as url:
        yield url


@pytest.fixture(scope="session")
def installed_wheel() -> Iterator[InstalledSite]:
    """The README's minimal host site, running from a wheel installed into a fresh venv.

    As root the site runs as ``nobody``, so the installed package is read-only to it.
    """
    with world_readable_tempdir() as workdir:
        python = install_wheel(workdir)
        with serving_installed(python, workdir) as site:
            yield site


@pytest.fixture(scope="session")
def installed_wheel_url(installed_wheel: InstalledSite) -> str:
    """The installed-wheel site's base URL."""
    return installed_wheel.url
