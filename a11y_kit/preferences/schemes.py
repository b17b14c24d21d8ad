"""Colour schemes: the five built in, and the site's own, each at least 7:1 (WCAG AAA)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from .contrast import hex_contrast, parse_hex, relative_luminance

#: WCAG 1.4.6 (AAA) for text, links included: every scheme's foreground on its background.
MIN_TEXT_CONTRAST = 7.0
#: Up to 11 characters: with them the longest cookie stays within 64 bytes.
_NAME = re.compile(r"[a-z][a-z0-9]{0,10}")


class Scheme(NamedTuple):
    """A colour scheme: text, links, borders and focus use ``foreground`` on ``background``."""

    name: str
    label: str
    foreground: str
    background: str

    @property
    def contrast(self) -> float:
        """Contrast ratio of foreground on background."""
        return hex_contrast(self.foreground, self.background)


def scheme_properties(scheme: Scheme) -> dict[str, str]:
    """The custom properties a scheme sets: its colours, and how icons are drawn on them."""
    dark = relative_luminance(parse_hex(scheme.background)) < 0.18
    return {
        "--a11y-fg": scheme.foreground,
        "--a11y-bg": scheme.background,
        "--a11y-icon-filter": "brightness(0) invert(1)" if dark else "brightness(0)",
    }


BUILT_IN_SCHEMES: dict[str, Scheme] = {
    scheme.name: scheme
    for scheme in (
        Scheme("white", "on white", "#000000", "#ffffff"),
        Scheme("black", "on black", "#ffffff", "#000000"),
        Scheme("blue", "on blue", "#063462", "#9dd1ff"),
        Scheme("beige", "on beige", "#4d4b43", "#f7f3d6"),
        Scheme("brown", "on brown", "#a9e44d", "#3b2716"),
    )
}


def _custom_scheme(spec: Mapping[str, str]) -> Scheme:
    name = spec.get("name", "")
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise ValueError(f"A11Y_SCHEMES: scheme name {name!r} must match {_NAME.pattern}")
    if name in BUILT_IN_SCHEMES:
        raise ValueError(
            f"A11Y_SCHEMES: {name!r} is a built-in scheme; give yours another name, or list "
            f"{name!r} as a plain string to use the built-in one"
        )
    foreground, background = spec.get("foreground", ""), spec.get("background", "")
    parse_hex(foreground), parse_hex(background)
    return Scheme(name, str(spec.get("label") or name), foreground.lower(), background.lower())


def _checked(scheme: Scheme) -> Scheme:
    ratio = scheme.contrast
    if ratio < MIN_TEXT_CONTRAST:
        raise ValueError(
            f"A11Y_SCHEMES: scheme {scheme.name!r} has {scheme.foreground} on "
            f"{scheme.background} at {ratio:.2f}:1; text needs at least {MIN_TEXT_CONTRAST:g}:1"
        )
    return scheme


def configured_schemes(config: Iterable[str | Mapping[str, str]] | None) -> tuple[Scheme, ...]:
    """The site's schemes: built-in names and ``{"name", "label", "foreground", "background"}``.

    ``None`` gives the five built-in ones. A scheme under 7:1 raises ``ValueError`` naming its
    colours and their ratio.
    """
    if config is None:
        return tuple(BUILT_IN_SCHEMES.values())
    schemes = []
    for entry in config:
        if isinstance(entry, str):
            if entry not in BUILT_IN_SCHEMES:
                raise ValueError(
                    f"A11Y_SCHEMES: unknown scheme {entry!r}; built in: {list(BUILT_IN_SCHEMES)}"
                )
            schemes.append(BUILT_IN_SCHEMES[entry])
        else:
            schemes.append(_checked(_custom_scheme(entry)))
    if not schemes:
        raise ValueError("A11Y_SCHEMES needs at least one scheme")
    names = [scheme.name for scheme in schemes]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise ValueError(f"A11Y_SCHEMES: each scheme may be listed once; repeated: {repeated}")
    return tuple(schemes)
