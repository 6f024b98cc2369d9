"""`DELETE /v1/music/finetunes/{finetune_id}`: Delete Music Finetune."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.music_finetune_response_model import MusicFinetuneResponseModel


def _get_kwargs(
    finetune_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/music/finetunes/{finetune_id}".format(
            finetune_id=quote(str(finetune_id), safe=""),
        ),
    }
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
) -> Any | HttpValidationError | MusicFinetuneResponseModel | None:
    """Delete Music Finetune

    Delete a music finetune

    Args:
        finetune_id (str):
    """

    return sync_detailed(
        finetune_id=finetune_id,
        client=client,
    ).parsed


def sync_detailed(
    finetune_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | HttpValidationError | MusicFinetuneResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        finetune_id=finetune_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    finetune_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | HttpValidationError | MusicFinetuneResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            finetune_id=finetune_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    finetune_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | HttpValidationError | MusicFinetuneResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        finetune_id=finetune_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
