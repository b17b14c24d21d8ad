"""The preference model and its cookie format."""

from __future__ import annotations

import itertools

import pytest

from a11y_kit.preferences import MAX_COOKIE_LENGTH, PreferenceModel, Preferences
from tests.support.sites.content_site import create_content_app

MODEL = PreferenceModel.build()
#: What a version-1 cookie holds, in its order: a stored format, so written out here rather
#: than imported (a test following the code's own constant would follow a mistake in it too).
VERSION_1_FIELDS = ("mode", "font", "size", "spacing", "line_height", "scheme", "images", "panel")


def all_preferences() -> list[Preferences]:
    """Every combination the built-in model allows."""
    names = list(MODEL.choices)
    return [
        Preferences(**dict(zip(names, values, strict=True)))
        for values in itertools.product(*MODEL.choices.values())
    ]


def test_defaults_are_the_first_value_of_each_setting() -> None:
    assert MODEL.defaults == Preferences(
        mode="off",
        font="sans",
        size="100",
        spacing="normal",
        line_height="normal",
        scheme="white",
        images="on",
    )


def test_every_combination_round_trips_through_the_cookie() -> None:
    for preferences in all_preferences():
        assert MODEL.parse_cookie(MODEL.serialize_cookie(preferences)) == preferences


def test_written_cookie_is_ascii_and_at_most_64_bytes() -> None:
    longest = max(len(MODEL.serialize_cookie(p).encode("ascii")) for p in all_preferences())
    assert longest <= 64


@pytest.mark.parametrize(
    "raw",
    [
        None,
        "",
        "garbage",
        "2-on-serif-150-wide-1.5-blue-off",
        "-on-serif",
        "1",
        "1-" + "-" * 40,
        "\x00\x01\x02",
        "1-on-serif-150-wide-1.5-blue-off" + "x" * MAX_COOKIE_LENGTH,
    ],
)
def test_malformed_or_oversized_cookie_gives_defaults(raw: str | None) -> None:
    assert MODEL.parse_cookie(raw) == MODEL.defaults


def test_each_unknown_part_falls_back_to_its_own_default() -> None:
    parsed = MODEL.parse_cookie("1-on-comic-150-huge-1.5-red-off")
    assert parsed == Preferences(mode="on", size="150", line_height="1.5", images="off")


def test_css_injection_in_a_part_is_dropped() -> None:
    parsed = MODEL.parse_cookie("1-on-serif-16px;background:url(//evil)-wide")
    assert (parsed.mode, parsed.font, parsed.size) == ("on", "serif", "100")


def test_missing_trailing_parts_take_defaults() -> None:
    assert MODEL.parse_cookie("1-on-serif") == Preferences(mode="on", font="serif")


def test_extra_trailing_parts_are_ignored() -> None:
    assert MODEL.parse_cookie("1-on-sans-100-normal-normal-white-on-extra-parts").is_on


def test_site_can_offer_larger_sizes() -> None:
    model = PreferenceModel.build(("100", "200", "300"))
    assert model.choices["size"] == ("100", "200", "300")
    assert model.parse_cookie("1-on-sans-300").size == "300"


def test_unsupported_size_is_refused_with_the_supported_list() -> None:
    with pytest.raises(ValueError, match=r"unsupported sizes.*'120'"):
        PreferenceModel.build(("100", "120"))


def test_version_2_parts_are_found_by_their_keys_in_any_order() -> None:
    parsed = MODEL.parse_cookie("2-cblue-x99-mon-fserif-zzz-popen")
    assert parsed == Preferences(mode="on", font="serif", scheme="blue", panel="open")


def test_written_cookie_leaves_out_defaults_no_site_can_change() -> None:
    assert MODEL.serialize_cookie(Preferences(mode="on", scheme="blue")) == "2-mon-s100-cblue"


def test_version_1_cookie_keeps_every_choice() -> None:
    values = ["on", "serif", "150", "wide", "1.5", "blue", "off", "open"]
    parsed = MODEL.parse_cookie("-".join(["1", *values]))
    assert [getattr(parsed, name) for name in VERSION_1_FIELDS] == values
    later = [name for name in Preferences._fields if name not in VERSION_1_FIELDS]
    assert [getattr(parsed, name) for name in later] == [
        getattr(MODEL.defaults, name) for name in later
    ]


def test_version_1_cookie_renders_the_same_page_as_version_2() -> None:
    app = create_content_app()
    pages = []
    for cookie in (
        "1-on-serif-150-wide-1.5-blue-off-open",
        "2-mon-fserif-s150-lwide-h1.5-cblue-ioff-popen",
    ):
        client = app.test_client()
        client.set_cookie("a11y", cookie)
        pages.append(client.get("/").text)
    assert pages[0] == pages[1]
    assert 'data-a11y-scheme="blue"' in pages[0]
