"""CSS made from the site's own configuration: its colour schemes, icon fonts and preferences.

Served at ``/a11y/site.css`` (content-hashed) when there is any; the built-in stylesheet covers
everything else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..preferences.declaration import Choice, Preference
from ..preferences.registry import SCHEME
from ..preferences.schemes import BUILT_IN_SCHEMES, Scheme, scheme_properties
from ..preferences.stylesheet import choice_rule, preference_rules

#: Icon font family names go into CSS: letters, digits, spaces, ``-`` and ``_`` only.
_FONT_NAME = re.compile(r"[A-Za-z0-9 _-]{1,64}")


def checked_icon_fonts(names: Iterable[str] | None) -> tuple[str, ...]:
    """``A11Y_ICON_FONTS``: family names of the site's own icon fonts (``ValueError`` if odd)."""
    fonts = tuple(names or ())
    for name in fonts:
        if not isinstance(name, str) or not _FONT_NAME.fullmatch(name):
            raise ValueError(f"A11Y_ICON_FONTS: {name!r} must match {_FONT_NAME.pattern}")
    return fonts


def site_stylesheet(
    schemes: Iterable[Scheme], icon_fonts: tuple[str, ...], own: Iterable[Preference] = ()
) -> str:
    """Rules for the schemes the built-in stylesheet does not know, the site's icon fonts and
    its own preferences (empty when there are none)."""
    rules = []
    for scheme in schemes:
        if scheme.name not in BUILT_IN_SCHEMES:
            choice = Choice(scheme.name, scheme.label, scheme_properties(scheme))
            rules.append(choice_rule(SCHEME, choice))
    if icon_fonts:
        families = ",".join(f'"{name}"' for name in icon_fonts)
        rules.append(f":root{{--a11y-site-icon-fonts:{families}}}")
    rules += preference_rules(own)
    return "\n".join(rules)
