"""Names a module exports but imports only on first use: a module `__getattr__` (PEP 562) from a table."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def on_first_use(
    module: str, homes: Mapping[str, str], fallback: Callable[[str], Any] | None = None
) -> Callable[[str], Any]:
    """The `__getattr__` of `module` that imports each name of `homes` from its home (a module relative to
    `module`'s package) when first asked for, and keeps it in `module` so it is looked up there once; any
    other name goes to `fallback`, else is an AttributeError as for any module."""
    namespace = import_module(module).__dict__

    def __getattr__(name: str) -> Any:
        if name in homes:
            value = getattr(import_module(homes[name], namespace["__package__"]), name)
            namespace[name] = value
            return value
        if fallback is not None:
            return fallback(name)
        raise AttributeError(f"module {module!r} has no attribute {name!r}")

    return __getattr__
