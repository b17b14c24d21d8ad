"""The toolbar's CSS and JS as webassets bundles: prebuilt, minified, content-hashed."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from flask import Flask, url_for
from webassets import Bundle, Environment

from ..preferences import REGISTRY, Preference
from ..preferences.stylesheet import chosen_css, preference_css

#: The package's own folder, holding ``static/`` and ``templates/``.
PACKAGE_DIR = Path(__file__).resolve().parents[1]
BUILD_DIR = "dist"
MANIFEST = f"{BUILD_DIR}/manifest.json"
HOST_BUNDLE_PREFIX = "a11y_kit_"
#: Where a host's Flask-Assets environment writes our bundles, inside the host's static folder.
HOST_OUTPUT_DIR = "gen"
#: The CSS the preference declarations imply, written by ``flask a11y build``.
GENERATED_CSS = "generated/preferences.css"


@dataclass(frozen=True)
class Asset:
    """The source files in ``a11y_kit/static`` of one bundle, and how it is minified."""

    sources: tuple[str, ...]
    filters: str
    extension: str
    #: The bundle's file name before its hash.
    name: str = "a11y_kit"

    def output(self, prefix: str = BUILD_DIR) -> str:
        """The bundle's file name pattern (``%(version)s`` is the content hash)."""
        return f"{prefix}/{self.name}.%(version)s.{self.extension}"


def generated_css_of(preference: Preference) -> str:
    """Where the stylesheet of a preference loaded when chosen is written."""
    return f"generated/{preference.name}.css"


def chosen_asset_kinds(preference: Preference) -> tuple[str, ...]:
    """The bundles loaded while ``preference`` holds a value other than its default:
    ``motion.css``, ``motion.js``."""
    if not preference.loaded_when_chosen:
        return ()
    kinds = (f"{preference.name}.css",)
    return (*kinds, f"{preference.name}.js") if preference.script else kinds


def _chosen_assets(preference: Preference) -> dict[str, Asset]:
    name = f"a11y_kit.{preference.name}"
    assets = {
        f"{preference.name}.css": Asset((generated_css_of(preference),), "rcssmin", "css", name)
    }
    if preference.script:
        assets[f"{preference.name}.js"] = Asset((preference.script,), "rjsmin", "js", name)
    return assets


#: Every bundle: the two every page of the mode loads, then those of preferences loaded when
#: chosen.
ASSETS: dict[str, Asset] = {
    "css": Asset((GENERATED_CSS, "a11y_kit.css"), "rcssmin", "css"),
    "js": Asset(("a11y_kit.js",), "rjsmin", "js"),
}
for _preference in REGISTRY:
    if _preference.loaded_when_chosen:
        ASSETS |= _chosen_assets(_preference)


def static_dir() -> Path:
    """``a11y_kit/static``: the sources, the generated CSS and the built bundles."""
    return PACKAGE_DIR / "static"


def write_generated_css() -> list[Path]:
    """Write the CSS the declarations imply into the sources; their paths."""
    written = {GENERATED_CSS: preference_css()}
    for preference in REGISTRY:
        if preference.loaded_when_chosen:
            written[generated_css_of(preference)] = chosen_css(preference)
    paths = []
    for name, text in written.items():
        path = static_dir() / name
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _bundles(source_prefix: str = "", output_prefix: str = BUILD_DIR) -> dict[str, Bundle]:
    return {
        kind: Bundle(
            *(source_prefix + source for source in asset.sources),
            filters=asset.filters,
            output=asset.output(output_prefix),
        )
        for kind, asset in ASSETS.items()
    }


def _environment(directory: Path, auto_build: bool) -> Environment:
    environment = Environment(
        directory=str(directory),
        url="/",
        manifest=f"json:{MANIFEST}",
        versions="hash",
        cache=False,
        auto_build=auto_build,
    )
    environment.load_path = [str(static_dir())]
    return environment


def build(output: Path) -> dict[str, str]:
    """Minify and hash the sources into ``output/dist`` (emptied first); the new file names."""
    shutil.rmtree(output / BUILD_DIR, ignore_errors=True)
    environment = _environment(output, auto_build=True)
    built = {}
    for kind, bundle in _bundles().items():
        environment.register(kind, bundle)
        bundle.build(force=True)
        built[kind] = bundle.urls()[0].lstrip("/")
    return built


class AssetUrls(Protocol):
    """Gives the URL of the ``css`` or ``js`` bundle while a request is handled."""

    def url(self, kind: str, script_root: str) -> str: ...


@dataclass(frozen=True)
class PrebuiltAssets:
    """The bundles shipped in ``static/dist``, served by the extension's blueprint."""

    filenames: dict[str, str]

    @classmethod
    def load(cls) -> PrebuiltAssets:
        """Read the shipped manifest (plain JSON); never builds or writes anything."""
        try:
            versions = json.loads((static_dir() / MANIFEST).read_text(encoding="utf-8"))
            filenames = {
                kind: asset.output() % {"version": versions[asset.output()]}
                for kind, asset in ASSETS.items()
            }
        except (OSError, ValueError, KeyError) as error:
            raise RuntimeError(
                f"a11y_kit's built assets are missing from {static_dir() / BUILD_DIR}: "
                "run `flask a11y build`"
            ) from error
        return cls(filenames)

    def url(self, kind: str, script_root: str) -> str:
        """``/a11y/static/dist/a11y_kit.<hash>.<ext>`` under the application root."""
        return url_for("a11y_kit.static", filename=self.filenames[kind])


@dataclass(frozen=True)
class HostAssets:
    """The bundles registered in the host's Flask-Assets environment, built by its rules."""

    environment: Any

    def url(self, kind: str, script_root: str) -> str:
        """The URL the host's environment gives the bundle (building it if the host says so)."""
        return self.environment[HOST_BUNDLE_PREFIX + kind].urls()[0]


def asset_urls_for(app: Flask) -> AssetUrls:
    """Register into the host's Flask-Assets environment when it has one, else use prebuilt."""
    host_environment = getattr(app.jinja_env, "assets_environment", None)
    if host_environment is None:
        return PrebuiltAssets.load()
    for kind, bundle in _bundles("a11y_kit/", HOST_OUTPUT_DIR).items():
        host_environment.register(HOST_BUNDLE_PREFIX + kind, bundle)
    return HostAssets(host_environment)
