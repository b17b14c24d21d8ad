"""The ``a11y_audit`` fixture a site's own test suite gets from ``a11y_kit.testing``."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask

from tests.audit.broken_site import create_app as create_broken_app

pytestmark = pytest.mark.timeout(120)


def test_demo_article_holds_in_every_mode(a11y_audit: Callable[..., list]) -> None:
    assert a11y_audit("/news/library-opening-hours") == []


class TestOnTheSiteBuiltToFail:
    """The control: the fixture reports what the site's own CSS breaks."""

    @pytest.fixture
    def app(self) -> Flask:
        return create_broken_app()

    def test_its_defects_are_reported(self, a11y_audit: Callable[..., list]) -> None:
        found = {(finding.check, finding.selector) for finding in a11y_audit("/")}
        assert ("clipped-controls", "#search") in found
