"""Print each runtime dependency of ``pyproject.toml`` pinned at its lower bound
(``flask>=2.2.5`` → ``flask==2.2.5``): the constraints of the oldest supported environment."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"
_LOWER_BOUND = re.compile(r"^([A-Za-z0-9_.\-]+)(?:\[[^\]]*\])?\s*>=\s*([0-9][^,;\s]*)")


def oldest_pins(pyproject: Path = PYPROJECT) -> list[str]:
    """``name==version`` for every dependency with a ``>=`` bound."""
    dependencies = tomllib.loads(pyproject.read_text())["project"]["dependencies"]
    found = (_LOWER_BOUND.match(dependency) for dependency in dependencies)
    return [f"{match[1]}=={match[2]}" for match in found if match]


if __name__ == "__main__":
    print("\n".join(oldest_pins()))
