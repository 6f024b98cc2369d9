"""`DELETE /v1/convai/agent-testing/folders/{folder_id}`: Delete Agent Test Folder."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    folder_id: str,
    *,
    force: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["force"] = force

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/convai/agent-testing/folders/{folder_id}".format(
            folder_id=quote(str(folder_id), safe=""),
        ),
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HttpValidationError | None:
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    folder_id: str,
    *,
    client: AuthenticatedClient,
    force: bool | Unset = UNSET,
) -> Any | HttpValidationError | None:
    """Delete Agent Test Folder

    Deletes an agent test folder by ID. Use force=true to delete a non-empty folder and all its
    contents.

    Args:
        folder_id (str): The folder ID.
        force (bool | Unset): Force delete. Required for deleting non-empty folders. Defaults to
            False on the server.
    """

    return sync_detailed(
        folder_id=folder_id,
        client=client,
        force=force,
    ).parsed


def sync_detailed(
    folder_id: str,
    *,
    client: AuthenticatedClient,
    force: bool | Unset = UNSET,
) -> Response[Any | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        folder_id=folder_id,
        force=force,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    folder_id: str,
    *,
    client: AuthenticatedClient,
    force: bool | Unset = UNSET,
) -> Any | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            folder_id=folder_id,
            client=client,
            force=force,
        )
    ).parsed


async def asyncio_detailed(
    folder_id: str,
    *,
    client: AuthenticatedClient,
    force: bool | Unset = UNSET,
) -> Response[Any | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        folder_id=folder_id,
        force=force,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
