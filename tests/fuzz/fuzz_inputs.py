"""Coverage-guided fuzzing of the cookie parser and the ``next`` check with atheris.

    .venv/bin/python tests/fuzz/fuzz_inputs.py -runs=200000

Any exception, or a parsed value outside the allowlist, or an accepted ``next`` that is not a
same-site path, stops the run with the input that caused it.
"""

from __future__ import annotations

import sys
from urllib.parse import urlsplit

import atheris

with atheris.instrument_imports(include=["a11y_kit"]):
    from a11y_kit.preferences import SETTING_NAMES, PreferenceModel
    from a11y_kit.visitor.redirects import safe_path

MODEL = PreferenceModel.build()


def check_one_input(data: bytes) -> None:
    """Feed the same bytes to the cookie parser and to ``safe_path``."""
    text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data))
    for name, value in zip(SETTING_NAMES, MODEL.parse_cookie(text), strict=True):
        if value not in MODEL.choices[name]:
            raise AssertionError(f"{name}={value!r} from {text!r}")
    path = safe_path(text)
    if path is not None:
        parts = urlsplit(path)
        if path.startswith(("//", "/\\")) or parts.scheme or parts.netloc or not path.isascii():
            raise AssertionError(f"accepted {path!r} from {text!r}")


def main() -> None:
    """Run libFuzzer with the command line's options."""
    atheris.Setup(sys.argv, check_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
