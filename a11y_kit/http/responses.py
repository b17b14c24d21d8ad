"""The response side: writing the cookie and marking responses for caches."""

from __future__ import annotations

import logging
from functools import lru_cache

from flask import Request, Response, current_app, session
from werkzeug.datastructures import ResponseCacheControl
from werkzeug.http import parse_cache_control_header
from werkzeug.wrappers import Response as BaseResponse

from ..i18n import MAX_ACCEPT_LANGUAGE, first_listed_locale, header_locale
from ..page.settings import KitState
from ..page.template_object import A11yTemplate
from ..preferences import Preferences
from ..rewriting import MAX_REWRITTEN_BYTES, MissingParts, PageRewrite, rewrite_page
from ..visitor.state import (
    RequestState,
    cookie_header,
    current_request,
    existing_request_state,
    read_preferences,
    request_globals,
    request_state,
)
from .cookie_domain import host_name, is_within


def write_cookie(
    response: BaseResponse, current: Request, state: KitState, preferences: Preferences
) -> None:
    """Store ``preferences`` in the visitor's cookie with every attribute from the config.

    Under ``A11Y_COOKIE_DOMAIN`` (on a host within it) the cookie is the domain's, and a
    host-only one from before is removed: browsers would send it first and it would win.
    """
    secure = current.is_secure if state.cookie_secure is None else state.cookie_secure
    path = state.cookie_path or current.script_root or "/"
    domain = state.cookie_domain
    if domain is not None and not is_within(host_name(current.host), domain):
        domain = None  # a browser would refuse it here (a local or internal host name)
    if domain is not None:
        response.delete_cookie(state.cookie_name, path=path, secure=secure, httponly=True)
    response.set_cookie(
        state.cookie_name,
        state.model.serialize_cookie(preferences),
        max_age=state.cookie_max_age,
        path=path,
        domain=domain,
        secure=secure,
        httponly=True,
        samesite="Lax",
    )


def _add_vary(response: Response, added: tuple[str, ...]) -> None:
    """Add the ``added`` header names to ``Vary``, merging every existing line into one."""
    lines = response.headers.getlist("Vary")
    if not lines:
        response.headers.add("Vary", _JOINED[added])
        return
    names = {name.strip().lower() for line in lines for name in line.split(",")}
    if "*" not in names:
        lines += [name for name in added if name.lower() not in names]
    response.headers["Vary"] = ", ".join(lines)


#: What a page drawn with a11y_kit depends on, besides its URL.
_ON_THE_COOKIE: tuple[str, ...] = ("Cookie",)
_ON_THE_COOKIE_AND_LANGUAGE: tuple[str, ...] = ("Cookie", "Accept-Language")
_JOINED = {names: ", ".join(names) for names in (_ON_THE_COOKIE, _ON_THE_COOKIE_AND_LANGUAGE)}


def mark_private(response: Response) -> None:
    """Keep shared caches off a personal page: every ``Cache-Control`` line merged into one,
    ``public`` replaced by ``private``, ``no-store`` kept."""
    lines = response.headers.getlist("Cache-Control")
    if not lines:
        response.headers.add("Cache-Control", "private")
        return
    directives = parse_cache_control_header(", ".join(lines), cls=ResponseCacheControl)
    directives.public = False
    if not directives.no_store:
        directives.private = True
    response.headers["Cache-Control"] = directives.to_header()


def holds_per_visitor_values(state: KitState, streamed: bool) -> bool:
    """Whether the page may carry something of one visitor's: a CSRF token, or anything from
    a non-empty session.

    Flask-WTF keeps the token it generated for this request on ``g``; a streamed page may
    still render one after the headers are sent, so under Flask-WTF it counts as holding one.
    """
    if state.csrf_field_name in request_globals().__dict__ or (streamed and state.has_csrf):
        return True
    return bool(session._get_current_object())  # type: ignore[attr-defined]


def finish_response(response: Response, state: KitState, template: A11yTemplate) -> Response:
    """``after_request`` work: ``Vary: Cookie`` and ``private`` where the page needs them, and
    the page rewritten where the mode changes its HTML (the injected parts, the alt text when
    images are off, links in place of embeds)."""
    current = current_request()
    missing = _missing_parts(response, current, state, template, existing_request_state())
    learnt = existing_request_state()  # writing the missing parts read the preferences
    if learnt is not None and learnt.preferences is not None:
        preferences = learnt.preferences
    elif response.is_streamed and response.mimetype == "text/html":
        # A streamed template may read the cookie after the headers have gone: read it now.
        learnt = request_state()
        preferences = read_preferences(learnt, state, cookie_header())
    else:
        return response
    misfiled = False
    if state.languages.configured is None and "babel" not in state.extensions:  # the header
        _add_vary(response, _ON_THE_COOKIE_AND_LANGUAGE)
        header = current.environ.get("HTTP_ACCEPT_LANGUAGE")
        misfiled = header is not None and _language_misfiled(header, state.languages.names)
    else:
        _add_vary(response, _ON_THE_COOKIE)
    if misfiled or _is_personal(learnt, state, response):
        mark_private(response)
    if learnt.from_account:  # this device keeps the account's choice; its own later ones win
        write_cookie(response, current, state, preferences)
    rewrites = state.model.page_rewrites(preferences)
    if rewrites and missing is None and not is_rewritable_document(response, current):
        rewrites = ()
    if rewrites or missing:
        _rewrite(response, current, rewrites, missing)
    return response


#: The parts without which the others show the mode in the page's normal look.
_PAGE_WIDE = frozenset({"html_attrs", "head"})
_LEFT_OUT = "a11y_kit: the template of %s calls %s but not %s; the page got them added"
_logger = logging.getLogger("a11y_kit")


def _missing_parts(
    response: Response,
    current: Request,
    state: KitState,
    template: A11yTemplate,
    learnt: RequestState | None,
) -> MissingParts | None:
    """The parts to write into a page: every one the template left out with ``A11Y_INJECT``;
    without it, the ``<html>`` attributes and the head a template calling the toolbar or the
    switch left out (said in debug mode)."""
    written = set(learnt.written) if learnt is not None else set()
    inject = state.inject and not (learnt is not None and learnt.no_injection)
    if not (inject or _left_out_a_page_part(written)):
        return None
    if not is_rewritable_document(response, current):
        return None
    missing = template.missing_parts(body=inject)
    if all(part is None for part in missing):
        return None
    if not inject and current_app.debug:
        _logger.warning(_LEFT_OUT, current.path, *_left_out(written))
    return missing


def _left_out_a_page_part(written: set[str]) -> bool:
    """Whether a template wrote a part (the toolbar, the switch) but not the ``<html>``
    attributes or the head."""
    return bool(written) and not written >= _PAGE_WIDE


def _left_out(written: set[str]) -> tuple[str, str]:
    called = ", ".join(f"a11y.{part}()" for part in sorted(written))
    missing = " or ".join(f"a11y.{part}()" for part in sorted(_PAGE_WIDE - written))
    return called, missing


def _rewrite(
    response: Response,
    current: Request,
    rewrites: tuple[PageRewrite, ...],
    missing: MissingParts | None,
) -> None:
    """The body rewritten; a host's ``ETag`` is computed again from the new body, so that each
    mode revalidates on its own. A request that does not say what it fetches
    (``Sec-Fetch-Dest``) gets the rewrite only if its body is a whole document."""
    charset = response.mimetype_params.get("charset")
    rewritten = rewrite_page(
        response.get_data(),
        charset,
        rewrites,
        missing,
        only_documents="HTTP_SEC_FETCH_DEST" not in current.environ,
    )
    if rewritten is None:
        return
    response.set_data(rewritten)
    if "ETag" in response.headers:
        response.add_etag(overwrite=True)


#: ``Sec-Fetch-Dest`` values of navigations: the only requests whose pages are rewritten.
_NAVIGATIONS = frozenset({"document", "iframe", "frame"})


def _is_whole_page(response: Response) -> bool:
    """A whole page: a 2xx answer but partial content (``206``) and no content (``204``),
    sent in one piece; or an error page, which ``abort()`` sends as an iterable of known
    length."""
    status = response.status_code
    if 200 <= status < 300:
        return status not in (204, 206) and not response.is_streamed
    length = response.content_length
    return status >= 400 and length is not None and length <= MAX_REWRITTEN_BYTES


def is_rewritable_document(response: Response, current: Request) -> bool:
    """A whole, uncompressed HTML page a browser navigated to: not partial content, not a
    stream (error pages from ``abort()`` excepted), not a file, not a redirect, not a fragment
    fetched by a script (``Sec-Fetch-Dest``, htmx's ``HX-Request``, jQuery's
    ``X-Requested-With``)."""
    environ = current.environ
    return (
        response.mimetype == "text/html"
        and _is_whole_page(response)
        and not response.direct_passthrough
        and not response.headers.getlist("Content-Encoding")
        and environ.get("HTTP_SEC_FETCH_DEST", "document") in _NAVIGATIONS
        and "HTTP_HX_REQUEST" not in environ
        and "HTTP_X_REQUESTED_WITH" not in environ
    )


def _language_misfiled(header: str, languages: tuple[str, ...]) -> bool:
    """Whether a cache keyed on the first package language ``Accept-Language`` lists (the
    nginx recipe) would file the page under another language than the one it is drawn in
    (always, for a language the host added)."""
    if len(header) > MAX_ACCEPT_LANGUAGE:
        return _first_listed_differs(header, languages)
    return _remembered_first_listed_differs(header, languages)


def _first_listed_differs(header: str, languages: tuple[str, ...]) -> bool:
    return header_locale(header, languages) != first_listed_locale(header)


#: Browsers send a handful of distinct headers: each is judged once (0.05 µs a request instead
#: of 0.56 µs for a browser's header, measured with timeit).
_remembered_first_listed_differs = lru_cache(maxsize=1024)(_first_listed_differs)


def _is_personal(request_state: RequestState, state: KitState, response: Response) -> bool:
    return (
        request_state.preferences != state.model.defaults
        or request_state.cookie_ambiguous
        or holds_per_visitor_values(state, response.is_streamed)
    )
