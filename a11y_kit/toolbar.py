"""What the toolbar and the switch show, computed from the visitor's preferences."""

from __future__ import annotations

from typing import NamedTuple

from flask import Request, url_for

from .i18n import translator
from .labels import GROUP_LABELS, SWITCH_OFF_LABEL, SWITCH_ON_LABEL, Translate, value_label
from .preferences import Preferences
from .redirects import safe_path
from .state import KitState


class Option(NamedTuple):
    """One button: the value it submits, its label, whether it is the current choice."""

    value: str
    label: str
    pressed: bool


class Group(NamedTuple):
    """One labelled group of buttons for a setting."""

    setting: str
    label: str
    options: tuple[Option, ...]


class PostForm(NamedTuple):
    """Where the toolbar's forms post, and the hidden fields they carry."""

    action: str
    next_path: str
    csrf_token: str | None


class Switch(NamedTuple):
    """The "version for the visually impaired" / "normal version" button."""

    form: PostForm
    value: str
    label: str
    lang: str


def current_path(current: Request) -> str:
    """The path and query of the page being rendered, to come back to after a change."""
    query = current.query_string.decode("latin-1")
    return safe_path(current.script_root + current.path + (f"?{query}" if query else "")) or "/"


def post_form(state: KitState, current: Request) -> PostForm:
    """The form target for preference changes, with Flask-WTF's token when present."""
    make_token = state.jinja_globals.get("csrf_token")
    action = state.urls.get(
        ("action", current.script_root), lambda: url_for("a11y_kit.update_preferences")
    )
    return PostForm(
        action=action,
        next_path=current_path(current),
        csrf_token=make_token() if callable(make_token) else None,
    )


def groups(state: KitState, preferences: Preferences, translate: Translate) -> tuple[Group, ...]:
    """Every toolbar group, in display order, with the current choice pressed."""
    return tuple(
        Group(
            setting=setting,
            label=translate(label),
            options=tuple(
                Option(
                    value,
                    value_label(setting, value, state.schemes, translate),
                    value == getattr(preferences, setting),
                )
                for value in state.model.choices[setting]
            ),
        )
        for setting, label in GROUP_LABELS.items()
    )


def switch(form: PostForm, preferences: Preferences, locale: str) -> Switch:
    """The switch offers the other mode, labelled in the visitor's language."""
    translate = translator(locale)
    if preferences.is_on:
        return Switch(form, "off", translate(SWITCH_OFF_LABEL), locale)
    return Switch(form, "on", translate(SWITCH_ON_LABEL), locale)
