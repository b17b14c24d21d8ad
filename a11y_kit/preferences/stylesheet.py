"""The CSS every declaration implies: one rule per value setting its custom properties (also on
its own option button when the preference previews its values), then the partials. A
preference loaded when chosen gets a stylesheet of its own."""

from __future__ import annotations

from collections.abc import Iterable

from .declaration import Choice, Preference, option_class
from .registry import REGISTRY

HEADER = "/* Generated from a11y_kit/preferences/registry.py by `flask a11y build`: edit there. */"


def choice_rule(preference: Preference, choice: Choice) -> str:
    """``[data-a11y-scheme="blue"]{--a11y-fg:…}`` (empty when the value sets no property)."""
    if not choice.properties:
        return ""
    selectors = [f'[{preference.attribute}="{choice.value}"]']
    if preference.previews:
        selectors.append("." + option_class(preference.name, choice.value))
    properties = ";".join(f"{name}:{value}" for name, value in choice.properties.items())
    return f"{','.join(selectors)}{{{properties}}}"


def preference_css(registry: Iterable[Preference] = REGISTRY) -> str:
    """The generated stylesheet shipped to every visitor: every value's rule, then every
    partial, of the preferences not loaded when chosen."""
    return _stylesheet(p for p in registry if not p.loaded_when_chosen)


def chosen_css(preference: Preference) -> str:
    """The stylesheet of a preference loaded when chosen."""
    return _stylesheet((preference,))


def preference_rules(registry: Iterable[Preference]) -> list[str]:
    """Every value's rule, then every partial, of ``registry``."""
    preferences = tuple(registry)
    rules = [choice_rule(p, choice) for p in preferences for choice in p.choices]
    partials = [p.partial_css().strip() for p in preferences]
    return [*filter(None, rules), *filter(None, partials)]


def _stylesheet(registry: Iterable[Preference]) -> str:
    return "\n".join([HEADER, *preference_rules(registry)]) + "\n"
