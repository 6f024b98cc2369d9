"""`POST /v1/voices/add/{public_user_id}/{voice_id}`: Add Shared Voice."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.add_voice_response_model import AddVoiceResponseModel
    from ...models.body_add_shared_voice_v1_voices_add_public_user_id_voice_id_post import (
        BodyAddSharedVoiceV1VoicesAddPublicUserIdVoiceIdPost,
    )
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    public_user_id: str,
    voice_id: str,
    *,
    body: BodyAddSharedVoiceV1VoicesAddPublicUserIdVoiceIdPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/voices/add/{public_user_id}/{voice_id}".format(
            public_user_id=quote(str(public_user_id), safe=""),
            voice_id=quote(str(voice_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddVoiceResponseModel | HttpValidationError | None:
    from ...models.add_voice_response_model import AddVoiceResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = AddVoiceResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    public_user_id: str,
    voice_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyAddSharedVoiceV1VoicesAddPublicUserIdVoiceIdPost,
) -> AddVoiceResponseModel | HttpValidationError | None:
    """Add Shared Voice

    Add a shared voice to your collection of voices.

    Args:
        public_user_id (str): Public user ID used to publicly identify ElevenLabs users.
        voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to
            list all the available voices.
        body (BodyAddSharedVoiceV1VoicesAddPublicUserIdVoiceIdPost):
    """

    return sync_detailed(
        public_user_id=public_user_id,
        voice_id=voice_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    public_user_id: str,
    voice_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyAddSharedVoiceV1VoicesAddPublicUserIdVoiceIdPost,
) -> Response[AddVoiceResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        public_user_id=public_user_id,
        voice_id=voice_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    public_user_id: str,
    voice_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyAddSharedVoiceV1VoicesAddPublicUserIdVoiceIdPost,
) -> AddVoiceResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            public_user_id=public_user_id,
            voice_id=voice_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    public_user_id: str,
    voice_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyAddSharedVoiceV1VoicesAddPublicUserIdVoiceIdPost,
) -> Response[AddVoiceResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        public_user_id=public_user_id,
        voice_id=voice_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
