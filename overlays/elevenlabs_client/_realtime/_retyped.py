"""For type checkers only: a group's generated channel method re-typed with the session class the client
hands out for it (the generated package can name only the channel's protocol). Used as decorators on
stubs under `if TYPE_CHECKING:`, a decorated def rather than an assignment, which pyright would give the
base class's declared type. At run time the generated method itself answers."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any, ParamSpec, TypeVar, cast

P = ParamSpec("P")
S = TypeVar("S")


def answering(method: Callable[P, object], session: type[S]) -> Callable[[Callable[..., Any]], Callable[P, S]]:
    """The decorated stub is `method` (its arguments as generated) answering with `session`."""
    return lambda stub: cast("Callable[P, S]", method)


def awaiting(
    method: Callable[P, object], session: type[S]
) -> Callable[[Callable[..., Any]], Callable[P, Coroutine[Any, Any, S]]]:
    """As `answering`, for an async method: awaiting it gives `session`."""
    return lambda stub: cast("Callable[P, Coroutine[Any, Any, S]]", method)
