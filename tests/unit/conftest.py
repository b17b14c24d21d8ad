"""Unit tests run against the smallest host (no demo, no other extension) unless they say so."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.support.sites.minimal_site import create_app as create_minimal_app


@pytest.fixture
def app() -> Flask:
    """The README's minimal host site, a new instance per test."""
    app = create_minimal_app()
    app.config["TESTING"] = True
    return app
