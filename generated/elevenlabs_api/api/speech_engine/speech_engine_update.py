"""`PATCH /v1/speech-engine/{speech_engine_id}`: Update Speech Engine."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.speech_engine_response import SpeechEngineResponse
    from ...models.update_speech_engine_request import UpdateSpeechEngineRequest


def _get_kwargs(
    speech_engine_id: str,
    *,
    body: UpdateSpeechEngineRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/speech-engine/{speech_engine_id}".format(
            speech_engine_id=quote(str(speech_engine_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | SpeechEngineResponse | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.speech_engine_response import SpeechEngineResponse

    if response.status_code == 200:
        response_200 = SpeechEngineResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    speech_engine_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateSpeechEngineRequest,
) -> HttpValidationError | SpeechEngineResponse | None:
    """Update Speech Engine

    Update a Speech Engine resource (partial update)

    Args:
        speech_engine_id (str): The speech engine ID (accepts seng_ or agent_ prefix)
        body (UpdateSpeechEngineRequest):
    """

    return sync_detailed(
        speech_engine_id=speech_engine_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    speech_engine_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateSpeechEngineRequest,
) -> Response[HttpValidationError | SpeechEngineResponse]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        speech_engine_id=speech_engine_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    speech_engine_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateSpeechEngineRequest,
) -> HttpValidationError | SpeechEngineResponse | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            speech_engine_id=speech_engine_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    speech_engine_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateSpeechEngineRequest,
) -> Response[HttpValidationError | SpeechEngineResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        speech_engine_id=speech_engine_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
