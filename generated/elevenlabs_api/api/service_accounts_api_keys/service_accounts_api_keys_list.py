"""`GET /v1/service-accounts/{service_account_user_id}/api-keys`: Get Service Account Api Keys Route."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.workspace_api_key_list_response_model import WorkspaceApiKeyListResponseModel


def _get_kwargs(
    service_account_user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/service-accounts/{service_account_user_id}/api-keys".format(
            service_account_user_id=quote(str(service_account_user_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | WorkspaceApiKeyListResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.workspace_api_key_list_response_model import WorkspaceApiKeyListResponseModel

    if response.status_code == 200:
        response_200 = WorkspaceApiKeyListResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    service_account_user_id: str,
    *,
    client: AuthenticatedClient,
) -> HttpValidationError | WorkspaceApiKeyListResponseModel | None:
    """Get Service Account Api Keys Route

    Get all API keys for a service account

    Args:
        service_account_user_id (str):
    """

    return sync_detailed(
        service_account_user_id=service_account_user_id,
        client=client,
    ).parsed


def sync_detailed(
    service_account_user_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HttpValidationError | WorkspaceApiKeyListResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        service_account_user_id=service_account_user_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    service_account_user_id: str,
    *,
    client: AuthenticatedClient,
) -> HttpValidationError | WorkspaceApiKeyListResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            service_account_user_id=service_account_user_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    service_account_user_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HttpValidationError | WorkspaceApiKeyListResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        service_account_user_id=service_account_user_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
