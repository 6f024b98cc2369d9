"""`PATCH /v1/convai/agent-testing/folders/{folder_id}`: Update Agent Test Folder."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_update_agent_test_folder_v1_convai_agent_testing_folders_folder_id_patch import (
        BodyUpdateAgentTestFolderV1ConvaiAgentTestingFoldersFolderIdPatch,
    )
    from ...models.get_agent_test_folder_response_model import GetAgentTestFolderResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    folder_id: str,
    *,
    body: BodyUpdateAgentTestFolderV1ConvaiAgentTestingFoldersFolderIdPatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/convai/agent-testing/folders/{folder_id}".format(
            folder_id=quote(str(folder_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: BodyUpdateAgentTestFolderV1ConvaiAgentTestingFoldersFolderIdPatch,
) -> GetAgentTestFolderResponseModel | HttpValidationError | None:
    """Update Agent Test Folder

    Updates an agent test folder. Currently only supports updating the folder name.

    Args:
        folder_id (str): The folder ID.
        body (BodyUpdateAgentTestFolderV1ConvaiAgentTestingFoldersFolderIdPatch):
    """

    return sync_detailed(
        folder_id=folder_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    folder_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUpdateAgentTestFolderV1ConvaiAgentTestingFoldersFolderIdPatch,
) -> Response[GetAgentTestFolderResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        folder_id=folder_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    folder_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUpdateAgentTestFolderV1ConvaiAgentTestingFoldersFolderIdPatch,
) -> GetAgentTestFolderResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            folder_id=folder_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    folder_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUpdateAgentTestFolderV1ConvaiAgentTestingFoldersFolderIdPatch,
) -> Response[GetAgentTestFolderResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        folder_id=folder_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
