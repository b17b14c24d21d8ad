"""Where keyboard focus starts after a choice made without JavaScript.

The redirect back carries a fragment naming the pressed button's label (a ``<span>`` inside it),
so that the browser's sequential focus starting point is inside that button: the next Tab goes
to the option after it.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..preferences import Preferences
from ..preferences.declaration import option_label_id
from .toolbar import BAR_CYCLES


def focus_fragment(form: Mapping[str, str], before: Preferences, after: Preferences) -> str:
    """``#id`` of the button the visitor pressed, from the submitted form."""
    if "reset" in form:
        return "#a11y-reset"
    if "account" in form:
        return "#a11y-account"
    if "mode" in form:
        return "#a11y-toolbar" if after.is_on else "#a11y-switch"
    if form.get("focus") == "bar":
        if "size" in form:
            larger = int(after.size) > int(before.size)
            return "#a11y-bar-size-larger" if larger else "#a11y-bar-size-smaller"
        for name in BAR_CYCLES:
            if name in form:
                return f"#a11y-bar-{name}"
    for name in after._fields:
        if name in form:
            return f"#{option_label_id(name, getattr(after, name))}"
    return ""
