"""What one preference is: its name, cookie key, values, labels and what each value sets."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..rewriting import PageRewrite


def _token(value: str) -> str:
    return value.replace(".", "_")


def option_class(setting: str, value: str) -> str:
    """The class of the option button for ``value``: ``a11y-toolbar__option--line_height-1_5``."""
    return f"a11y-toolbar__option--{setting}-{_token(value)}"


def option_label_id(setting: str, value: str) -> str:
    """The id of the option button's label, where focus starts after a choice without
    JavaScript: ``a11y-line_height-1_5``."""
    return f"a11y-{setting}-{_token(value)}"


@dataclass(frozen=True)
class Choice:
    """One value of a preference."""

    value: str
    #: The button's text: a gettext message id, or a proper name when ``translated`` is false.
    label: str
    #: Custom properties the value sets on ``<html>`` (and, for previews, on its own button).
    properties: Mapping[str, str] = field(default_factory=dict)
    translated: bool = True
    #: What the server changes in a page drawn with this value.
    rewrites: tuple[PageRewrite, ...] = ()
    #: Chosen with JavaScript, the page is drawn again by the server (its rewrite has no script).
    reloads: bool = False
    #: How the cookie spells the value when not as itself (the cookie stays within 64 bytes).
    token: str | None = None


@dataclass(frozen=True)
class Preference:
    """One enumerated setting of the mode; the first choice is the default."""

    name: str
    #: One letter naming the setting in the cookie; never reused for another setting.
    key: str
    #: The toolbar group's legend (a gettext message id).
    label: str
    choices: tuple[Choice, ...]
    #: Each option button shows its own value (a font in itself, a scheme in its colours).
    previews: bool = False
    #: CSS beside the declarations for what custom properties cannot say (a file name).
    partial: str | None = None
    #: A site may offer its own values (``A11Y_SIZES``, ``A11Y_SCHEMES``), so its default too.
    site_configurable: bool = False
    #: A script in ``a11y_kit/static`` that does what CSS cannot for the other values.
    script: str | None = None
    #: The partial and the script are bundles of their own, loaded only while a value other
    #: than the default is chosen: a visitor who never chooses one never downloads them.
    loaded_when_chosen: bool = False

    @property
    def attribute(self) -> str:
        """The ``<html>`` attribute holding the value: ``data-a11y-line-height``."""
        return "data-a11y-" + self.name.replace("_", "-")

    @property
    def values(self) -> tuple[str, ...]:
        """The allowed values, the default first."""
        return tuple(choice.value for choice in self.choices)

    def choice(self, value: str) -> Choice:
        """The declaration of ``value`` (``KeyError`` if it is not one)."""
        for choice in self.choices:
            if choice.value == value:
                return choice
        raise KeyError(value)

    def partial_css(self) -> str:
        """The partial's text, or nothing."""
        if self.partial is None:
            return ""
        return (Path(__file__).parent / self.partial).read_text(encoding="utf-8")
