"""`POST /v1/voices/pvc/{voice_id}`: Edit Pvc Voice."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.add_voice_response_model import AddVoiceResponseModel
    from ...models.body_edit_pvc_voice_v1_voices_pvc_voice_id_post import BodyEditPvcVoiceV1VoicesPvcVoiceIdPost
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    voice_id: str,
    *,
    body: BodyEditPvcVoiceV1VoicesPvcVoiceIdPost | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/voices/pvc/{voice_id}".format(
            voice_id=quote(str(voice_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
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
    voice_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyEditPvcVoiceV1VoicesPvcVoiceIdPost | Unset = UNSET,
) -> AddVoiceResponseModel | HttpValidationError | None:
    """Edit Pvc Voice

    Edit PVC voice metadata

    Args:
        voice_id (str): Voice ID to be used, you can use https://api.elevenlabs.io/v1/voices to
            list all the available voices.
        body (BodyEditPvcVoiceV1VoicesPvcVoiceIdPost | Unset):
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
    body: BodyEditPvcVoiceV1VoicesPvcVoiceIdPost | Unset = UNSET,
) -> Response[AddVoiceResponseModel | HttpValidationError]:
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
    body: BodyEditPvcVoiceV1VoicesPvcVoiceIdPost | Unset = UNSET,
) -> AddVoiceResponseModel | HttpValidationError | None:
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
    body: BodyEditPvcVoiceV1VoicesPvcVoiceIdPost | Unset = UNSET,
) -> Response[AddVoiceResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        voice_id=voice_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
