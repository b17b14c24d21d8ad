"""WCAG 2 contrast ratios of sRGB colours written as ``#rgb`` or ``#rrggbb``."""

from __future__ import annotations

import re

_HEX_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")


def parse_hex(colour: str) -> tuple[int, int, int]:
    """``"#063462"`` → ``(6, 52, 98)``; raises ``ValueError`` for anything else."""
    if not isinstance(colour, str) or not _HEX_COLOUR.fullmatch(colour):
        raise ValueError(f"{colour!r} is not a #rgb or #rrggbb colour")
    digits = colour[1:]
    if len(digits) == 3:
        digits = "".join(digit * 2 for digit in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def relative_luminance(rgb: tuple[int, int, int]) -> float:
    """WCAG 2 relative luminance of an sRGB colour (0 black … 1 white)."""

    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(channel) for channel in rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: tuple[int, int, int], second: tuple[int, int, int]) -> float:
    """WCAG 2 contrast ratio of two colours, from 1 to 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def hex_contrast(first: str, second: str) -> float:
    """``contrast_ratio`` of two hex colours."""
    return contrast_ratio(parse_hex(first), parse_hex(second))
