"""`GET /v1/convai/agent-testing/folders/{folder_id}`: Get Agent Test Folder By Id."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_agent_test_folder_response_model import GetAgentTestFolderResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    folder_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/agent-testing/folders/{folder_id}".format(
            folder_id=quote(str(folder_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetAgentTestFolderResponseModel | HttpValidationError | None:
    from ...models.get_agent_test_folder_response_model import GetAgentTestFolderResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetAgentTestFolderResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    folder_id: str,
    *,
    client: AuthenticatedClient,
) -> GetAgentTestFolderResponseModel | HttpValidationError | None:
    """Get Agent Test Folder By Id

    Gets an agent test folder by ID, including its folder path.

    Args:
        folder_id (str): The folder ID.
    """

    return sync_detailed(
        folder_id=folder_id,
        client=client,
    ).parsed


def sync_detailed(
    folder_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetAgentTestFolderResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        folder_id=folder_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    folder_id: str,
    *,
    client: AuthenticatedClient,
) -> GetAgentTestFolderResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            folder_id=folder_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    folder_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetAgentTestFolderResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        folder_id=folder_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
