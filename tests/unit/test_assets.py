"""The bundles: shipped prebuilt, hashed, cached for a year, rebuilt by ``flask a11y build``."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from urllib.request import urlopen

from bs4 import BeautifulSoup
from flask import Flask, render_template_string
from flask.testing import FlaskClient
from flask_assets import Environment

from a11y_kit import A11yKit
from a11y_kit.page.assets import ASSETS, BUILD_DIR, MANIFEST, build, static_dir
from tests.support.installed_wheel import REPO, InstalledSite, package_files


def head_urls(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    return [
        tag.get("href") or tag.get("src") for tag in soup.select("link[rel=stylesheet], script")
    ]


def test_shipped_bundles_match_the_sources(tmp_path: Path) -> None:
    build(tmp_path)
    rebuilt = json.loads((tmp_path / MANIFEST).read_text())
    assert json.loads((static_dir() / MANIFEST).read_text()) == rebuilt


def test_flask_a11y_build_writes_hashed_bundles(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "flask", "a11y", "build", "--output", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    written = [re.sub(r"\.[0-9a-f]{8}\.", ".", p.name) for p in (tmp_path / BUILD_DIR).iterdir()]
    expected = [f"{asset.name}.{asset.extension}" for asset in ASSETS.values()]
    assert sorted(written) == sorted([*expected, "manifest.json"])
    assert f"css: {BUILD_DIR}/a11y_kit." in result.stdout
    assert f"js: {BUILD_DIR}/a11y_kit." in result.stdout


def test_page_in_the_mode_links_hashed_css_and_deferred_js(client: FlaskClient) -> None:
    client.set_cookie("a11y", "1-on")
    html = client.get("/").text
    css, js = head_urls(html)[-2:]
    assert css.startswith("/a11y/static/dist/a11y_kit.") and css.endswith(".css")
    assert js.startswith("/a11y/static/dist/a11y_kit.") and js.endswith(".js")
    assert f'<script src="{js}" defer>' in html


def test_page_in_normal_mode_loads_no_script(client: FlaskClient) -> None:
    assert not [url for url in head_urls(client.get("/").text) if url.endswith(".js")]


def test_bundles_are_cached_for_a_year(client: FlaskClient) -> None:
    client.set_cookie("a11y", "1-on")
    for url in head_urls(client.get("/").text)[-2:]:
        with client.get(url) as response:
            assert response.status_code == 200
            assert response.cache_control.max_age == 365 * 24 * 60 * 60


def test_host_flask_assets_environment_gets_the_bundles(tmp_path: Path) -> None:
    app = Flask(__name__, static_folder=str(tmp_path), static_url_path="/static")
    assets = Environment(app)
    A11yKit(app)
    assert assets["a11y_kit_css"].contents == (
        "a11y_kit/generated/preferences.css",
        "a11y_kit/a11y_kit.css",
    )
    with app.test_request_context("/"):
        html = render_template_string("{{ a11y.head() }}")
    (css,) = head_urls(html)
    assert css.startswith("/static/gen/a11y_kit.")
    assert list((tmp_path / "gen").glob("a11y_kit.*.css"))


def test_installed_package_serves_bundles_without_writing_into_itself(
    installed_wheel: InstalledSite,
) -> None:
    with urlopen(installed_wheel.url + "/") as response:
        css = head_urls(response.read().decode())[-1]
    with urlopen(installed_wheel.url + css) as response:
        assert response.status == 200
        assert b"--a11y-fg" in response.read()
    assert package_files(installed_wheel.package_dir) == installed_wheel.files_at_start


def test_installed_package_carries_its_type_information(installed_wheel: InstalledSite) -> None:
    assert (installed_wheel.package_dir / "py.typed").is_file()


def test_security_guide_shows_the_tested_nginx_recipe() -> None:
    guide = (REPO / "docs" / "security.md").read_text()
    recipe = (REPO / "docs" / "recipes" / "nginx-page-cache.conf").read_text()
    assert f"```nginx\n{recipe}```" in guide
