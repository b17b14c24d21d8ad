"""Visible labels of the toolbar and the switch, in English; ``i18n`` translates them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..i18n import Translate
from ..preferences.declaration import Preference
from ..preferences.registry import BY_NAME
from ..preferences.schemes import Scheme

SWITCH_ON_LABEL = "Version for the visually impaired"
SWITCH_OFF_LABEL = "Normal version"
#: The toolbar's own texts, by the role they play in its template.
TOOLBAR_TEXTS: dict[str, str] = {
    "region": "Accessibility settings",
    "skip": "Skip to content",
    "settings": "Settings",
    "smaller": "Smaller text",
    "larger": "Larger text",
    "reset": "Reset settings",
    "remember": "Remember on my account",
    "forget": "Forget on my account",
    "listen": "Listen",
    "stop": "Stop reading",
}


def all_messages(schemes: Mapping[str, Scheme], registry: Iterable[Preference]) -> set[str]:
    """Every English text the toolbar and switch can show: the catalogs' message ids (and the
    labels of a site's own preferences)."""
    messages = {SWITCH_ON_LABEL, SWITCH_OFF_LABEL, *TOOLBAR_TEXTS.values()}
    for preference in registry:
        messages.add(preference.label)
        messages.update(choice.label for choice in preference.choices if choice.translated)
    messages.update(scheme.label for scheme in schemes.values())
    return messages


def toolbar_texts(translate: Translate) -> dict[str, str]:
    """The toolbar's own texts, and the labels it shares with the switch and groups."""
    texts = {role: translate(text) for role, text in TOOLBAR_TEXTS.items()}
    texts["normal"] = translate(SWITCH_OFF_LABEL)
    texts["size"] = translate(BY_NAME["size"].label)
    texts["scheme"] = translate(BY_NAME["scheme"].label)
    return texts


def value_label(
    preference: Preference, value: str, schemes: Mapping[str, Scheme], translate: Translate
) -> str:
    """The visible name of one option (a scheme's from the site's schemes, which may be its own)."""
    if preference.name == "scheme":
        return translate(schemes[value].label)
    choice = preference.choice(value)
    return translate(choice.label) if choice.translated else choice.label
