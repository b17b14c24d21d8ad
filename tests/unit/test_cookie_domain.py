"""``A11Y_COOKIE_DOMAIN``: refused at ``init_app`` unless browsers would store it for the site,
written only on hosts within it, and a host-only cookie from before removed."""

from __future__ import annotations

import pytest
from flask import Flask

from a11y_kit import A11yKit
from examples.news import create_app


@pytest.mark.parametrize(
    "domain", ["", "org", ".", "exa mple.org", "-x.example.org", "192.168.0.1", 42]
)
def test_a_value_that_is_not_a_domain_is_refused_at_init_app(domain: object) -> None:
    app = Flask(__name__)
    app.config["A11Y_COOKIE_DOMAIN"] = domain
    with pytest.raises(ValueError, match="A11Y_COOKIE_DOMAIN"):
        A11yKit(app)


def test_a_domain_that_is_not_a_parent_of_server_name_is_refused() -> None:
    app = Flask(__name__)
    app.config.update(SERVER_NAME="news.example.org:8000", A11Y_COOKIE_DOMAIN="example.com")
    with pytest.raises(ValueError, match="parent"):
        A11yKit(app)


def set_cookies(host: str, domain: str | None) -> list[str]:
    """The ``Set-Cookie`` lines of a choice posted on ``host``."""
    client = create_app({"A11Y_COOKIE_DOMAIN": domain}).test_client()
    response = client.post(
        "/a11y/preferences",
        data={"mode": "on", "next": "/"},
        headers={"Host": host, "Sec-Fetch-Site": "same-origin"},
    )
    return response.headers.getlist("Set-Cookie")


def test_the_choice_is_the_domains_and_replaces_a_host_only_one() -> None:
    host_only, shared = set_cookies("news.example.org", ".Example.org")
    assert host_only.startswith("a11y=;") and "Domain" not in host_only
    assert "Max-Age=0" in host_only
    assert "Domain=example.org" in shared and not shared.startswith("a11y=;")


def test_on_a_host_outside_the_domain_the_cookie_stays_host_only() -> None:
    [cookie] = set_cookies("127.0.0.1:5000", "example.org")
    assert "Domain" not in cookie
