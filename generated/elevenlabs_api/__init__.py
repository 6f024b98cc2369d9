"""A client library for accessing ElevenLabs API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client


# Hidden from type checkers (they read the names from the import above): a module __getattr__ would make
# any misspelled name a silent Any for them.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        # The low-level Client classes are attrs classes; loading them only when asked for keeps attrs
        # out of the import of a client that does not use them.
        if name in __all__:
            from . import client

            return getattr(client, name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = (
    "AuthenticatedClient",
    "Client",
)
