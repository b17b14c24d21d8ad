"""Part calls compiled into direct calls render exactly what the plain calls render."""

from __future__ import annotations

import pytest
from flask import Flask, render_template_string

from a11y_kit.page.part_calls import PARTS, filter_name
from a11y_kit.testing import preferences_cookie

#: Each part, written as the whole expression (compiled) and inside a larger one (not compiled).
CALLS = {
    "html_attrs": ("{{ a11y.html_attrs() }}", "{{ (a11y.html_attrs)() }}"),
    "head": ("{{ a11y.head() }}", "{{ (a11y.head)() }}"),
    "toolbar": ("{{- a11y.toolbar() -}}", "{{- (a11y.toolbar)() -}}"),
    "switch": ("{{ a11y.switch() }}", "{{ (a11y.switch)() }}"),
    "image": (
        "{{ a11y.image('/x.png', alt, class_='photo', width=(2 * 320), height=480) }}",
        "{{ (a11y.image)('/x.png', alt, class_='photo', width=(2 * 320), height=480) }}",
    ),
}
IN_THE_MODE = {"Cookie": f"a11y={preferences_cookie(scheme='blue', images='off')}"}


def test_every_part_call_is_compiled(app: Flask) -> None:
    for part in PARTS:
        compiled, plain = CALLS[part]
        assert filter_name(part) in app.jinja_env.compile(compiled, raw=True)
        assert filter_name(part) not in app.jinja_env.compile(plain, raw=True)


@pytest.mark.parametrize("headers", [{}, IN_THE_MODE], ids=["normal", "in the mode"])
@pytest.mark.parametrize("part", PARTS)
def test_compiled_call_renders_what_the_plain_call_renders(
    app: Flask, part: str, headers: dict[str, str]
) -> None:
    compiled, plain = CALLS[part]
    with app.test_request_context("/news?page=2", headers=headers):
        rendered = render_template_string(compiled, alt="Tom & Jerry")
        assert rendered == render_template_string(plain, alt="Tom & Jerry")
        assert rendered.strip() or (part == "toolbar" and not headers)  # no toolbar when off


def test_a_template_variable_named_a11y_is_called_instead(app: Flask) -> None:
    class Other:
        def toolbar(self) -> str:
            return "<the host's own toolbar>"

    source = "{% macro bar(a11y) %}{{ a11y.toolbar() }}{% endmacro %}{{ bar(other) }}"
    with app.test_request_context("/"):
        assert render_template_string(source, other=Other()) == "&lt;the host&#39;s own toolbar&gt;"


def test_a_part_call_inside_a_larger_expression_renders_as_before(app: Flask) -> None:
    with app.test_request_context("/", headers=IN_THE_MODE):
        joined = render_template_string("{{ a11y.switch() ~ '' }}")
        assert joined == render_template_string("{{ a11y.switch() }}")
        assert "a11y-switch" in joined
