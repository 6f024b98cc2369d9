"""`PATCH /v1/music/finetunes/{finetune_id}`: Update Music Finetune."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.music_finetune_response_model import MusicFinetuneResponseModel
    from ...models.update_music_finetune_request_model import UpdateMusicFinetuneRequestModel


def _get_kwargs(
    finetune_id: str,
    *,
    body: UpdateMusicFinetuneRequestModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/music/finetunes/{finetune_id}".format(
            finetune_id=quote(str(finetune_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HttpValidationError | MusicFinetuneResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.music_finetune_response_model import MusicFinetuneResponseModel

    if response.status_code == 200:
        response_200 = MusicFinetuneResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    finetune_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateMusicFinetuneRequestModel,
) -> Any | HttpValidationError | MusicFinetuneResponseModel | None:
    """Update Music Finetune

    Update a music finetune.

    Args:
        finetune_id (str):
        body (UpdateMusicFinetuneRequestModel):
    """

    return sync_detailed(
        finetune_id=finetune_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    finetune_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateMusicFinetuneRequestModel,
) -> Response[Any | HttpValidationError | MusicFinetuneResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        finetune_id=finetune_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    finetune_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateMusicFinetuneRequestModel,
) -> Any | HttpValidationError | MusicFinetuneResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            finetune_id=finetune_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    finetune_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateMusicFinetuneRequestModel,
) -> Response[Any | HttpValidationError | MusicFinetuneResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        finetune_id=finetune_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
