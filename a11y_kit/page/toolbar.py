"""What the toolbar and the switch show, computed from the visitor's preferences."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from flask import Request
from markupsafe import Markup, escape

from ..i18n import Translate
from ..preferences import Preference, Preferences
from ..preferences.declaration import option_class, option_label_id
from ..visitor.redirects import MAX_NEXT_LENGTH, safe_path
from .assets import chosen_asset_kinds
from .labels import SWITCH_OFF_LABEL, SWITCH_ON_LABEL, value_label
from .settings import KitState


class Option(NamedTuple):
    """One button: the value it submits, its label, whether it is the current choice."""

    value: str
    label: str
    pressed: bool
    #: Chosen with JavaScript, the page is still drawn again by the server.
    reloads: bool
    #: Its class (the generated CSS previews the value on it) and its label's id.
    css_class: str
    label_id: str


class Group(NamedTuple):
    """One labelled group of buttons for a setting."""

    setting: str
    label: str
    options: tuple[Option, ...]
    #: The bundles the script loads when a value other than the first is chosen (none when
    #: one is: the head links them).
    assets: tuple[str, ...] = ()


#: Stand-ins rendered into remembered fragments, replaced per request by ``fill_form``.
NEXT_SLOT = "\ue000a11y-next\ue000"


#: The settings the bar steps through with one button each (the others are in "Settings"): the
#: closed bar stays one row of six Tab stops at 1280 px.
BAR_CYCLES = ("scheme",)


class Cycle(NamedTuple):
    """A bar button naming a setting's current value; pressed, it chooses the next one."""

    setting: str
    prefix: str
    current: str
    next_value: str


class Bar(NamedTuple):
    """The toolbar's always-visible row: a step down or up in size, and the cycles."""

    smaller: str | None
    larger: str | None
    size_label: str
    cycles: tuple[Cycle, ...]


class PostForm(NamedTuple):
    """Where the toolbar's forms post, and the page to come back to.

    No CSRF token: the endpoint refuses cross-site posts itself and is exempt from Flask-WTF's
    ``CSRFProtect``, so a page with the toolbar holds nothing of one visitor's.
    """

    action: str
    next_path: str


class Switch(NamedTuple):
    """The "version for the visually impaired" / "normal version" button."""

    form: PostForm
    value: str
    label: str
    lang: str


@lru_cache(maxsize=4096)
def escaped_return_path(root_path: str, path: str, query_string: bytes) -> Markup:
    """The page's path and query (escaped), to come back to after a change."""
    query = query_string.decode("latin-1")
    return escape(safe_path(root_path + path + (f"?{query}" if query else "")) or "/")


def current_path(current: Request) -> Markup:
    """The path and query of the page being rendered, escaped for an attribute (``/`` when
    too long to be a ``next``: such a request is never remembered)."""
    root_path, path, query_string = current.root_path, current.path, current.query_string
    if len(root_path) + len(path) + len(query_string) > MAX_NEXT_LENGTH:
        return Markup("/")
    return escaped_return_path(root_path, path, query_string)


def form_with_slots(action: str) -> PostForm:
    """The form with a stand-in for ``next``, for fragments shared by requests."""
    return PostForm(action, NEXT_SLOT)


#: A remembered fragment cut where ``next`` goes, so that a request only joins the pieces.
FormFragment = tuple[str, ...]


def cut_at_slots(fragment: Markup) -> FormFragment:
    """Cut ``fragment`` once at its ``next`` stand-ins."""
    return tuple(str(fragment).split(NEXT_SLOT))


def fill_form(fragment: FormFragment, next_path: Markup) -> Markup:
    """The fragment with this request's ``next`` path."""
    return Markup(str.join(next_path, fragment))


def groups(
    state: KitState, preferences: Preferences, translate: Translate, root: str
) -> tuple[Group, ...]:
    """Every toolbar group, in display order, with the current choice pressed."""
    return tuple(
        Group(
            setting=preference.name,
            label=translate(preference.label),
            options=tuple(
                Option(
                    value,
                    value_label(preference, value, state.schemes, translate),
                    value == getattr(preferences, preference.name),
                    value in preference.values and preference.choice(value).reloads,
                    option_class(preference.name, value),
                    option_label_id(preference.name, value),
                )
                for value in state.model.choices[preference.name]
            ),
            assets=_assets_to_load(state, preferences, preference, root),
        )
        for preference in state.model.registry
    )


def _assets_to_load(
    state: KitState, preferences: Preferences, preference: Preference, root: str
) -> tuple[str, ...]:
    """The bundles of a preference loaded when chosen, while its default is chosen (otherwise
    the head links them already)."""
    if getattr(preferences, preference.name) != state.model.choices[preference.name][0]:
        return ()
    return tuple(state.assets.url(kind, root) for kind in chosen_asset_kinds(preference))


def bar(state: KitState, preferences: Preferences, translate: Translate) -> Bar:
    """One step smaller and larger than the current size (``None`` at the ends), the cycles."""
    sizes = state.model.choices["size"]
    at = sizes.index(preferences.size)
    return Bar(
        smaller=sizes[at - 1] if at > 0 else None,
        larger=sizes[at + 1] if at + 1 < len(sizes) else None,
        size_label=value_label(
            state.model.by_name["size"], preferences.size, state.schemes, translate
        ),
        cycles=tuple(_cycle(state, preferences, translate, setting) for setting in BAR_CYCLES),
    )


def _cycle(state: KitState, preferences: Preferences, translate: Translate, setting: str) -> Cycle:
    values = state.model.choices[setting]
    current = getattr(preferences, setting)
    return Cycle(
        setting,
        translate(state.model.by_name[setting].label),
        value_label(state.model.by_name[setting], current, state.schemes, translate),
        values[(values.index(current) + 1) % len(values)],
    )


def switch(form: PostForm, preferences: Preferences, locale: str, translate: Translate) -> Switch:
    """The switch offers the other mode, labelled in the visitor's language."""
    if preferences.is_on:
        return Switch(form, "off", translate(SWITCH_OFF_LABEL), locale)
    return Switch(form, "on", translate(SWITCH_ON_LABEL), locale)
