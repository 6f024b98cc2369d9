"""A typed client for the ElevenLabs HTTP API.

    from elevenlabs_client import ElevenLabs

    client = ElevenLabs()  # reads ELEVENLABS_API_KEY
    client.text_to_speech.convert("JBFqnCBsd6RMkjVDRZzb", text="Hello").save("hello.mp3")
    for item in client.history.iter_all(source="TTS"):
        print(item.history_item_id, item.text)

Return values are the generated models of `elevenlabs_api.models` (attrs classes with `to_dict()`);
each can be imported from here (or from `elevenlabs_client.types`) by the official SDK's name
(`from elevenlabs_client import VoiceSettings`) or the name this client gave it before
(`VoiceSettingsResponseModel`), and is loaded only then. A parameter or field not given is `UNSET` (falsy, `repr` "UNSET"): it is not
sent, and the server applies its own default; a response field the server left out reads as `UNSET`.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from elevenlabs_api.api import ElevenLabsEnvironment, RawResponse, RequestOptions, ServerSentEvent
from elevenlabs_api.types import UNSET, Unset

from ._client import AsyncElevenLabs, ElevenLabs
from ._errors import (
    APIConnectionError,
    ApiError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ElevenLabsError,
    InternalServerError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    RealtimeError,
    ResponseValidationError,
    UnprocessableEntityError,
)
from ._lazy import on_first_use
from .play import play, save, stream  # the official SDK's `from elevenlabs import play`

# Loaded on first use, like the models (PEP 562; type checkers see the imports below): who never checks a
# webhook or opens a realtime stream does not pay for them at import. Not `play`, `save` and `stream`:
# importing the submodule `elevenlabs_client.play` would then set the package's `play` to the module.
_LAZY = {
    "RealtimeAudio": "._realtime._core",
    "RealtimeFinal": "._realtime._core",
    **dict.fromkeys(
        (
            "BodyNotJSONError",
            "BodyNotUTF8Error",
            "InvalidTimestampError",
            "MalformedSignatureError",
            "MissingSignatureError",
            "SignatureMismatchError",
            "TimestampOutsideToleranceError",
            "WebhookSecretError",
            "WebhookVerificationError",
            "construct_event",
        ),
        ".webhooks",
    ),
}

if TYPE_CHECKING:
    from ._realtime._core import RealtimeAudio, RealtimeFinal
    from .webhooks import (
        BodyNotJSONError,
        BodyNotUTF8Error,
        InvalidTimestampError,
        MalformedSignatureError,
        MissingSignatureError,
        SignatureMismatchError,
        TimestampOutsideToleranceError,
        WebhookSecretError,
        WebhookVerificationError,
        construct_event,
    )
else:
    # Hidden from type checkers, which read the models' names from the block at the end instead: a module
    # __getattr__ would make any misspelled name a silent Any for them.
    def _model(name: str) -> Any:
        # Models by name, loaded on first use (importing the client loads none of them): see .models. Their
        # names are capitalized; `from . import webhooks` asks here for the submodule first, loading no model.
        if not name[:1].isupper():
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        try:
            return getattr(import_module(".models", __name__), name)
        except AttributeError:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None

    __getattr__ = on_first_use(__name__, _LAZY, fallback=_model)


__all__ = [
    "UNSET",
    "APIConnectionError",
    "APITimeoutError",
    "ApiError",
    "AsyncElevenLabs",
    "AuthenticationError",
    "BadRequestError",
    "BodyNotJSONError",
    "BodyNotUTF8Error",
    "ElevenLabs",
    "ElevenLabsEnvironment",
    "ElevenLabsError",
    "InternalServerError",
    "InvalidTimestampError",
    "MalformedSignatureError",
    "MissingSignatureError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RealtimeAudio",
    "RealtimeError",
    "RealtimeFinal",
    "RequestOptions",
    "ResponseValidationError",
    "ServerSentEvent",
    "SignatureMismatchError",
    "TimestampOutsideToleranceError",
    "UnprocessableEntityError",
    "Unset",
    "WebhookSecretError",
    "WebhookVerificationError",
    "construct_event",
    "play",
    "save",
    "stream",
]

if TYPE_CHECKING:
    # The models are public here too, by name (see the docstring), but only for the checkers: at run time a
    # star import would load every model. pyright reads a py.typed package's public names from __all__ alone,
    # and follows `__all__ += <module>.__all__` only for a module imported by its full name.
    import elevenlabs_api.models
    from elevenlabs_api.models import *

    __all__ += elevenlabs_api.models.__all__
