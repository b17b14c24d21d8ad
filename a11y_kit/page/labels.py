"""Visible labels of the toolbar and the switch, in English; ``i18n`` translates them."""

from __future__ import annotations

from collections.abc import Mapping

from ..i18n import Translate
from ..preferences.registry import BY_NAME, REGISTRY
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


def all_messages(schemes: Mapping[str, Scheme]) -> set[str]:
    """Every English text the toolbar and switch can show: the catalogs' message ids."""
    messages = {SWITCH_ON_LABEL, SWITCH_OFF_LABEL, *TOOLBAR_TEXTS.values()}
    for preference in REGISTRY:
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
    setting: str, value: str, schemes: Mapping[str, Scheme], translate: Translate
) -> str:
    """The visible name of one option (a scheme's from the site's schemes, which may be its own)."""
    if setting == "scheme":
        return translate(schemes[value].label)
    choice = BY_NAME[setting].choice(value)
    return translate(choice.label) if choice.translated else choice.label
