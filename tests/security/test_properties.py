"""Hypothesis properties of the two places hostile input enters: the cookie and ``next``."""

from __future__ import annotations

from urllib.parse import urlsplit

from hypothesis import given, settings
from hypothesis import strategies as st

from a11y_kit.preferences import SETTING_NAMES, PreferenceModel, Preferences
from a11y_kit.visitor.redirects import safe_path
from examples.news import create_app

MODEL = PreferenceModel.build()

preferences = st.builds(
    Preferences, *(st.sampled_from(MODEL.choices[name]) for name in SETTING_NAMES)
)
#: Text shaped like the cookie (version, separators, real tokens) mixed with anything at all.
cookie_like = st.one_of(
    st.text(),
    st.lists(
        st.one_of(st.sampled_from([v for vs in MODEL.choices.values() for v in vs]), st.text()),
        max_size=10,
    ).map(lambda parts: "1-" + "-".join(parts)),
)
next_like = st.one_of(
    st.text(),
    st.text().map(lambda text: "/" + text),
    st.sampled_from(["/", "//", "/\\", "http://", "javascript:", "\t", "\r\n"]).flatmap(
        lambda prefix: st.text().map(lambda text: prefix + text)
    ),
)


@given(cookie_like)
def test_cookie_parse_never_raises_and_yields_allowed_tokens(raw: str) -> None:
    parsed = MODEL.parse_cookie(raw)
    for name, value in zip(SETTING_NAMES, parsed, strict=True):
        assert value in MODEL.choices[name]


@given(preferences)
def test_cookie_round_trips(chosen: Preferences) -> None:
    assert MODEL.parse_cookie(MODEL.serialize_cookie(chosen)) == chosen


@given(next_like)
def test_accepted_next_is_a_same_site_path(value: str) -> None:
    path = safe_path(value)
    if path is None:
        return
    parts = urlsplit(path)
    assert path.startswith("/") and not path.startswith(("//", "/\\"))
    assert not parts.scheme and not parts.netloc
    assert path.isascii() and path.isprintable() and " " not in path


#: Any header a client could send: printable Latin-1 (WSGI's header encoding), no line breaks.
cookie_headers = st.text(
    alphabet=st.characters(min_codepoint=0x20, max_codepoint=0xFF), max_size=300
)
DEMO = create_app({"TESTING": True})


@settings(max_examples=60, deadline=None)
@given(st.one_of(cookie_headers, cookie_like.map(lambda value: f"a11y={value}")))
def test_any_cookie_header_renders_the_page(header: str) -> None:
    client = DEMO.test_client(use_cookies=False)
    response = client.get("/news/", environ_overrides={"HTTP_COOKIE": header})
    assert response.status_code == 200
    assert 'data-a11y-mode="' in response.get_data(as_text=True)
