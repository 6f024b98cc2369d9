"""A typed client for the ElevenLabs HTTP API.

    from elevenlabs_client import ElevenLabs

    client = ElevenLabs()  # reads ELEVENLABS_API_KEY
    for item in client.history.iter_all(source="TTS"):
        print(item.history_item_id, item.text)

Return values are the generated models of `elevenlabs_api.models` (attrs classes with `to_dict()`).
"""

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
    ResponseValidationError,
    UnprocessableEntityError,
)

__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "ApiError",
    "AsyncElevenLabs",
    "AuthenticationError",
    "BadRequestError",
    "ElevenLabs",
    "ElevenLabsError",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "UnprocessableEntityError",
]
