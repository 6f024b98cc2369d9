"""`POST /v1/speech-engine`: Create Speech Engine."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.create_speech_engine_request import CreateSpeechEngineRequest
    from ...models.http_validation_error import HttpValidationError
    from ...models.speech_engine_response import SpeechEngineResponse


def _get_kwargs(
    *,
    body: CreateSpeechEngineRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/speech-engine",
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

    if response.status_code == 201:
        response_201 = SpeechEngineResponse.from_dict(response.json())

        return response_201

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateSpeechEngineRequest,
) -> HttpValidationError | SpeechEngineResponse | None:
    """Create Speech Engine

    Create a new Speech Engine resource

    Args:
        body (CreateSpeechEngineRequest):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSpeechEngineRequest,
) -> Response[HttpValidationError | SpeechEngineResponse]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateSpeechEngineRequest,
) -> HttpValidationError | SpeechEngineResponse | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSpeechEngineRequest,
) -> Response[HttpValidationError | SpeechEngineResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
