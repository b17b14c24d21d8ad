"""The response hook runs before Flask-Compress's, whichever extension the host set up first.

Flask runs ``after_request`` hooks last registered first, so ``Compress(app)`` after
``A11yKit(app)`` would compress each page before a11y_kit could write the mode into it. On
the app's first request the hook is moved to run before every Flask-Compress hook; the check
then removes itself.
"""

from __future__ import annotations

from collections.abc import Callable
from threading import Lock
from typing import Any

from flask import Flask

_COMPRESSION_MODULE = "flask_compress"


def _compresses(hook: Callable[..., Any]) -> bool:
    return type(getattr(hook, "__self__", None)).__module__.startswith(_COMPRESSION_MODULE)


def keep_before_compression(app: Flask, hook: Callable[..., Any]) -> None:
    """Make ``hook`` (an app-wide ``after_request`` hook) run before Flask-Compress's."""
    lock = Lock()

    def reorder_once() -> None:
        with lock:
            hooks = app.after_request_funcs.get(None, [])
            if hook in hooks:
                later = [position for position, other in enumerate(hooks) if _compresses(other)]
                if later and later[-1] > hooks.index(hook):
                    reordered = [other for other in hooks if other is not hook]
                    reordered.insert(later[-1], hook)
                    app.after_request_funcs[None] = reordered
            checks = app.before_request_funcs.get(None, [])
            app.before_request_funcs[None] = [c for c in checks if c is not reorder_once]

    app.before_request(reorder_once)
