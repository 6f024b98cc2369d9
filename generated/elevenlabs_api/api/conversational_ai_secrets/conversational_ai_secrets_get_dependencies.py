"""`GET /v1/convai/secrets/{secret_id}/dependencies/{resource_type}`: Get Secret Dependencies By Type."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import SecretDependencyResourceType
    from ...models.get_secret_dependencies_response_model import GetSecretDependenciesResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    secret_id: str,
    resource_type: SecretDependencyResourceType,
    *,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    json_cursor: None | str | Unset = cursor

    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/secrets/{secret_id}/dependencies/{resource_type}".format(
            secret_id=quote(str(secret_id), safe=""),
            resource_type=quote(str(resource_type), safe=""),
        ),
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetSecretDependenciesResponseModel | HttpValidationError | None:
    from ...models.get_secret_dependencies_response_model import GetSecretDependenciesResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetSecretDependenciesResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    secret_id: str,
    resource_type: SecretDependencyResourceType,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> GetSecretDependenciesResponseModel | HttpValidationError | None:
    """Get Secret Dependencies By Type

    Get paginated list of resources that depend on a specific secret, filtered by resource type.

    Args:
        secret_id (str):
        resource_type (SecretDependencyResourceType):
        page_size (int | Unset): How many dependency items to return per page. Defaults to 20 on
            the server.
        cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
            response.
    """

    return sync_detailed(
        secret_id=secret_id,
        resource_type=resource_type,
        client=client,
        page_size=page_size,
        cursor=cursor,
    ).parsed


def sync_detailed(
    secret_id: str,
    resource_type: SecretDependencyResourceType,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[GetSecretDependenciesResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        secret_id=secret_id,
        resource_type=resource_type,
        page_size=page_size,
        cursor=cursor,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    secret_id: str,
    resource_type: SecretDependencyResourceType,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> GetSecretDependenciesResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            secret_id=secret_id,
            resource_type=resource_type,
            client=client,
            page_size=page_size,
            cursor=cursor,
        )
    ).parsed


async def asyncio_detailed(
    secret_id: str,
    resource_type: SecretDependencyResourceType,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[GetSecretDependenciesResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        secret_id=secret_id,
        resource_type=resource_type,
        page_size=page_size,
        cursor=cursor,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
