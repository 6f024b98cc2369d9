"""`GET /v1/workspace/resources/{resource_id}`: Get Resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import WorkspaceResourceType
    from ...models.http_validation_error import HttpValidationError
    from ...models.resource_metadata_response_model import ResourceMetadataResponseModel


def _get_kwargs(
    resource_id: str,
    *,
    resource_type: WorkspaceResourceType,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_resource_type: str = resource_type
    params["resource_type"] = json_resource_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workspace/resources/{resource_id}".format(
            resource_id=quote(str(resource_id), safe=""),
        ),
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | ResourceMetadataResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.resource_metadata_response_model import ResourceMetadataResponseModel

    if response.status_code == 200:
        response_200 = ResourceMetadataResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    resource_id: str,
    *,
    client: AuthenticatedClient,
    resource_type: WorkspaceResourceType,
) -> HttpValidationError | ResourceMetadataResponseModel | None:
    """Get Resource

    Gets the metadata of a resource by ID.

    Args:
        resource_id (str): The ID of the target resource.
        resource_type (WorkspaceResourceType): Resource types that can be shared in the workspace.
            The name always need to match the collection names
    """

    return sync_detailed(
        resource_id=resource_id,
        client=client,
        resource_type=resource_type,
    ).parsed


def sync_detailed(
    resource_id: str,
    *,
    client: AuthenticatedClient,
    resource_type: WorkspaceResourceType,
) -> Response[HttpValidationError | ResourceMetadataResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        resource_id=resource_id,
        resource_type=resource_type,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    resource_id: str,
    *,
    client: AuthenticatedClient,
    resource_type: WorkspaceResourceType,
) -> HttpValidationError | ResourceMetadataResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            resource_id=resource_id,
            client=client,
            resource_type=resource_type,
        )
    ).parsed


async def asyncio_detailed(
    resource_id: str,
    *,
    client: AuthenticatedClient,
    resource_type: WorkspaceResourceType,
) -> Response[HttpValidationError | ResourceMetadataResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        resource_id=resource_id,
        resource_type=resource_type,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
