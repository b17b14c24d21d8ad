"""Every preference of the mode, in toolbar order: adding one is one declaration here (plus an
optional CSS partial beside this file, and its labels in the catalogs)."""

from __future__ import annotations

from ..rewriting import (
    alt_text_insertions,
    embed_link_insertions,
    held_motion_insertions,
)
from .declaration import Choice, Preference
from .schemes import BUILT_IN_SCHEMES, scheme_properties

#: Sizes the stylesheet knows (percent of the visitor's browser font size); five are offered.
SUPPORTED_SIZES: tuple[str, ...] = ("100", "125", "150", "175", "200", "250", "300")
DEFAULT_SIZES = SUPPORTED_SIZES[:5]

FONT = Preference(
    "font",
    "f",
    "Font",
    (
        Choice("sans", "Arial", {"--a11y-font": 'Arial,"Liberation Sans",Arimo,sans-serif'}, False),
        Choice(
            "serif",
            "Times New Roman",
            {"--a11y-font": '"Times New Roman","Liberation Serif",Tinos,serif'},
            False,
        ),
    ),
    previews=True,
)
SIZE = Preference(
    "size",
    "s",
    "Font size",
    tuple(
        Choice(size, f"{size}%", {"--a11y-scale": f"{int(size) / 100:g}"}, False)
        for size in SUPPORTED_SIZES
    ),
    site_configurable=True,
)


def _spacing(letters: str, words: str) -> dict[str, str]:
    return {"--a11y-letter-spacing": letters, "--a11y-word-spacing": words}


SPACING = Preference(
    "spacing",
    "l",
    "Letter spacing",
    (
        Choice("normal", "Normal", _spacing("normal", "normal")),
        Choice("wide", "Wide", _spacing(".12em", ".16em")),
        Choice("wider", "Wider", _spacing(".25em", ".16em")),
    ),
)
LINE_HEIGHT = Preference(
    "line_height",
    "h",
    "Line spacing",
    (
        Choice("normal", "Normal", {"--a11y-line-height": "normal"}),
        Choice("1.5", "1.5", {"--a11y-line-height": "1.5"}, False),
        Choice("2", "2", {"--a11y-line-height": "2"}, False),
    ),
)
SCHEME = Preference(
    "scheme",
    "c",
    "Color scheme",
    tuple(
        Choice(scheme.name, scheme.label, scheme_properties(scheme))
        for scheme in BUILT_IN_SCHEMES.values()
    ),
    previews=True,
    site_configurable=True,
)
IMAGES = Preference(
    "images",
    "i",
    "Images",
    (
        Choice("on", "On"),
        Choice("off", "Off", rewrites=(alt_text_insertions,)),
        Choice("grayscale", "Grayscale", token="g"),
    ),
    partial="images.css",
    script="a11y_kit.images.js",
    loaded_when_chosen=True,
)
EMBEDS = Preference(
    "embeds",
    "e",
    "Embedded content",
    (Choice("on", "On"), Choice("off", "Off", rewrites=(embed_link_insertions,), reloads=True)),
    partial="embeds.css",
    script="a11y_kit.embeds.js",
    loaded_when_chosen=True,
)

#: Stopped: no animation, transition, smooth scrolling, autoplay, marquee or carousel moves;
#: animated images hold their first frame (WCAG 2.2.2 and 2.3.3; decree No. 102).
MOTION = Preference(
    "motion",
    "a",
    "Motion",
    (
        Choice("site", "As on the site"),
        # Animated GIFs are hidden behind their alt text until the script draws their first
        # frame: the alt text is written beside them as with images off.
        Choice(
            "stopped",
            "Stopped",
            rewrites=(held_motion_insertions, alt_text_insertions),
            token="s",
        ),
    ),
    partial="motion.css",
    script="a11y_kit.motion.js",
    loaded_when_chosen=True,
)
#: Calm: lines of at most 80 characters, no justified text, paragraphs 1.5 lines apart
#: (WCAG 1.4.8).
TEXT = Preference(
    "text",
    "t",
    "Text block",
    (Choice("site", "As on the site"), Choice("calm", "Calm", token="c")),
    partial="text.css",
    loaded_when_chosen=True,
)

REGISTRY: tuple[Preference, ...] = (
    FONT,
    SIZE,
    SPACING,
    LINE_HEIGHT,
    SCHEME,
    IMAGES,
    EMBEDS,
    MOTION,
    TEXT,
)
BY_NAME: dict[str, Preference] = {preference.name: preference for preference in REGISTRY}
