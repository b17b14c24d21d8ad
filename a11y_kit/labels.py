"""Visible labels of the toolbar: group names and option names."""

from __future__ import annotations

from types import MappingProxyType

SWITCH_ON_LABEL = "Version for the visually impaired"
SWITCH_OFF_LABEL = "Normal version"
#: The toolbar's own texts, by the role they play in its template.
TOOLBAR_LABELS = MappingProxyType(
    {
        "region": "Accessibility settings",
        "reset": "Reset settings",
        "listen": "Listen",
        "stop": "Stop reading",
    }
)

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
    "scheme": {
        "white": "on white",
        "black": "on black",
        "blue": "on blue",
        "beige": "on beige",
        "brown": "on brown",
    },
    "images": {"on": "On", "off": "Off", "grayscale": "Grayscale"},
}


def value_label(setting: str, value: str) -> str:
    """The visible name of one option (sizes read as percentages)."""
    if setting == "size":
        return f"{value}%"
    return VALUE_LABELS[setting][value]
