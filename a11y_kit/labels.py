"""Visible labels of the toolbar and the switch, in English; ``i18n`` translates them."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from .schemes import Scheme

Translate = Callable[[str], str]

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
    "listen": "Listen",
    "stop": "Stop reading",
}

GROUP_LABELS: dict[str, str] = {
    "font": "Font",
    "size": "Font size",
    "spacing": "Letter spacing",
    "line_height": "Line spacing",
    "scheme": "Color scheme",
    "images": "Images",
}

VALUE_LABELS: dict[str, dict[str, str]] = {
    "font": {"sans": "Arial", "serif": "Times New Roman"},
    "spacing": {"normal": "Normal", "wide": "Wide", "wider": "Wider"},
    "line_height": {"normal": "Normal", "1.5": "1.5", "2": "2"},
    "images": {"on": "On", "off": "Off", "grayscale": "Grayscale"},
}


def all_messages(schemes: Mapping[str, Scheme]) -> set[str]:
    """Every English text the toolbar and switch can show: the catalogs' message ids."""
    messages = {SWITCH_ON_LABEL, SWITCH_OFF_LABEL, *TOOLBAR_TEXTS.values(), *GROUP_LABELS.values()}
    for labels in VALUE_LABELS.values():
        messages.update(label for label in labels.values() if not label[0].isdigit())
    messages.update(scheme.label for scheme in schemes.values())
    messages.discard("Arial")
    messages.discard("Times New Roman")
    return messages


def toolbar_texts(translate: Translate) -> dict[str, str]:
    """The toolbar's own texts, and the labels it shares with the switch and groups."""
    texts = {role: translate(text) for role, text in TOOLBAR_TEXTS.items()}
    texts["normal"] = translate(SWITCH_OFF_LABEL)
    texts["size"] = translate(GROUP_LABELS["size"])
    texts["scheme"] = translate(GROUP_LABELS["scheme"])
    return texts


def value_label(
    setting: str, value: str, schemes: Mapping[str, Scheme], translate: Translate
) -> str:
    """The visible name of one option: sizes as percentages, fonts by their own names."""
    if setting == "size":
        return f"{value}%"
    if setting == "scheme":
        return translate(schemes[value].label)
    if setting == "font":
        return VALUE_LABELS[setting][value]
    return translate(VALUE_LABELS[setting][value])
