"""Signed-in sync: the visitor's choice kept on their account, only when they ask for it.

A host implements :class:`AccountStore` for its user model and passes it to ``A11yKit``. The
stored value is a11y_kit's own cookie value (versioned, at most 64 ASCII bytes), so a new
preference needs nothing of the host's.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

#: The toolbar button's values, by what it does.
REMEMBER, FORGET = "remember", "forget"


@runtime_checkable
class AccountStore(Protocol):
    """Where a signed-in visitor's preferences are kept (see docs/accounts.md)."""

    def signed_in(self) -> bool:
        """Whether the current request comes from a signed-in visitor."""
        ...

    def load(self) -> str | None:
        """The signed-in visitor's stored preferences, or ``None`` when they stored none."""
        ...

    def save(self, value: str | None) -> None:
        """Store ``value`` for the signed-in visitor; ``None`` deletes what is stored."""
        ...


def account_action(store: AccountStore | None) -> str | None:
    """What the toolbar offers this request: to remember, to forget, or nothing (no store, or
    nobody signed in)."""
    if store is None or not store.signed_in():
        return None
    return FORGET if store.load() is not None else REMEMBER
