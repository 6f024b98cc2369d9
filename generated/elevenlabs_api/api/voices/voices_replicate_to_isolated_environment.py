"""`POST /v1/voices/{voice_id}/replicate-to-isolated-environment`: Replicate Voice To Isolated Environment."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.replicate_voice_to_isolated_environment_request_model import (
        ReplicateVoiceToIsolatedEnvironmentRequestModel,
    )
    from ...models.replicate_voice_to_isolated_environment_response_model import (
        ReplicateVoiceToIsolatedEnvironmentResponseModel,
    )


def _get_kwargs(
    voice_id: str,
    *,
    body: ReplicateVoiceToIsolatedEnvironmentRequestModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/voices/{voice_id}/replicate-to-isolated-environment".format(
            voice_id=quote(str(voice_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | ReplicateVoiceToIsolatedEnvironmentResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.replicate_voice_to_isolated_environment_response_model import (
        ReplicateVoiceToIsolatedEnvironmentResponseModel,
    )

    if response.status_code == 200:
        response_200 = ReplicateVoiceToIsolatedEnvironmentResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    voice_id: str,
    *,
    client: AuthenticatedClient,
    body: ReplicateVoiceToIsolatedEnvironmentRequestModel,
) -> HttpValidationError | ReplicateVoiceToIsolatedEnvironmentResponseModel | None:
    """Replicate Voice To Isolated Environment

    Replicates an Instant Voice Clone or Voice Design voice to a workspace in a different data
    residency. The target workspace must belong to the same consolidated billing group. The user must
    have VOICES_WRITE in the source workspace, and be an admin on the source voice. Human users (i.e.
    not service accounts) must also have VOICES_WRITE in the target workspace. This endpoint is
    available on the central environment only.

    Args:
        voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to
            list all the available voices.
        body (ReplicateVoiceToIsolatedEnvironmentRequestModel):
    """

    return sync_detailed(
        voice_id=voice_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    voice_id: str,
    *,
    client: AuthenticatedClient,
    body: ReplicateVoiceToIsolatedEnvironmentRequestModel,
) -> Response[HttpValidationError | ReplicateVoiceToIsolatedEnvironmentResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        voice_id=voice_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    voice_id: str,
    *,
    client: AuthenticatedClient,
    body: ReplicateVoiceToIsolatedEnvironmentRequestModel,
) -> HttpValidationError | ReplicateVoiceToIsolatedEnvironmentResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            voice_id=voice_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    voice_id: str,
    *,
    client: AuthenticatedClient,
    body: ReplicateVoiceToIsolatedEnvironmentRequestModel,
) -> Response[HttpValidationError | ReplicateVoiceToIsolatedEnvironmentResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        voice_id=voice_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
