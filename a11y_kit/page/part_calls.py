"""``{{ a11y.toolbar() }}`` compiled into one direct call.

Jinja compiles a call in a template into ``context.call(environment.getattr(a11y, "toolbar"))``:
an attribute lookup and a probe of the callable for ``pass_context`` and its kind, which for
the five calls of a page cost more than a quarter of what a11y_kit added to it. This extension
rewrites each call of a part (and of ``image``) that is a whole ``{{ … }}`` expression into a
filter that calls the method directly: ``{{ a11y|a11y_kit_toolbar }}``. The template text and
what it renders are unchanged; if a template binds ``a11y`` to something else, the filter calls
that object's method instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from jinja2.ext import Extension
from jinja2.lexer import (
    TOKEN_DOT,
    TOKEN_LPAREN,
    TOKEN_NAME,
    TOKEN_PIPE,
    TOKEN_RPAREN,
    TOKEN_VARIABLE_BEGIN,
    TOKEN_VARIABLE_END,
    Token,
    TokenStream,
)
from markupsafe import Markup

#: The template global; the page's four parts; every method whose calls are compiled.
GLOBAL_NAME = "a11y"
PAGE_PARTS = ("html_attrs", "head", "toolbar", "switch")
PARTS = (*PAGE_PARTS, "image")
_FILTER_PREFIX = "a11y_kit_"
#: ``{{ a11y.<part>(``: the tokens a compiled call starts with.
_CALL_START = (TOKEN_VARIABLE_BEGIN, TOKEN_NAME, TOKEN_DOT, TOKEN_NAME, TOKEN_LPAREN)


def filter_name(part: str) -> str:
    """The filter a ``{{ a11y.<part>(…) }}`` expression is compiled into."""
    return _FILTER_PREFIX + part


def part_filter(template: Any, part: str) -> Callable[..., Markup]:
    """The filter for ``part``: ``template``'s method, or the method of whatever else a
    template calls ``a11y``."""
    method = getattr(template, part)

    def call_part(target: Any, *args: Any, **kwargs: Any) -> Markup:
        if target is template:
            return method(*args, **kwargs)
        return getattr(target, part)(*args, **kwargs)

    return call_part


def _starts_part_call(tokens: list[Token], at: int) -> bool:
    window = tokens[at : at + len(_CALL_START)]
    return (
        tuple(token.type for token in window) == _CALL_START
        and window[1].value == GLOBAL_NAME
        and window[3].value in PARTS
    )


def _call_ends_expression(tokens: list[Token], opening: int) -> bool:
    """Whether the parenthesis at ``opening`` closes right before ``}}``."""
    depth = 0
    for index in range(opening, len(tokens) - 1):
        kind = tokens[index].type
        if kind == TOKEN_VARIABLE_END:
            return False
        depth += (kind == TOKEN_LPAREN) - (kind == TOKEN_RPAREN)
        if depth == 0:
            return tokens[index + 1].type == TOKEN_VARIABLE_END
    return False


def _compiled_dots(tokens: list[Token]) -> set[int]:
    """Where each whole-expression part call has its ``.``: ``{{ a11y.<part>(…) }}``."""
    return {
        start + 2
        for start in range(len(tokens))
        if _starts_part_call(tokens, start)
        and _call_ends_expression(tokens, start + len(_CALL_START) - 1)
    }


def _rewritten(tokens: list[Token]) -> Iterator[Token]:
    """``tokens`` with ``a11y.<part>(…)`` turned into ``a11y|a11y_kit_<part>(…)`` where it is
    a whole expression."""
    dots = _compiled_dots(tokens)
    for index, token in enumerate(tokens):
        if index in dots:
            yield Token(token.lineno, TOKEN_PIPE, "|")
        elif index - 1 in dots:
            yield Token(token.lineno, TOKEN_NAME, filter_name(token.value))
        else:
            yield token


class PartCalls(Extension):
    """Compiles the part calls into direct filter calls (see the module)."""

    def filter_stream(self, stream: TokenStream) -> Iterable[Token]:
        """The template's tokens, each whole part call replaced by its filter."""
        return _rewritten(list(stream))
