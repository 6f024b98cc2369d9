"""`POST /v1/service-accounts`: Create Service Account."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_create_service_account_v1_service_accounts_post import (
        BodyCreateServiceAccountV1ServiceAccountsPost,
    )
    from ...models.http_validation_error import HttpValidationError
    from ...models.workspace_create_service_account_response_model import WorkspaceCreateServiceAccountResponseModel


def _get_kwargs(
    *,
    body: BodyCreateServiceAccountV1ServiceAccountsPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/service-accounts",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | WorkspaceCreateServiceAccountResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.workspace_create_service_account_response_model import WorkspaceCreateServiceAccountResponseModel

    if response.status_code == 200:
        response_200 = WorkspaceCreateServiceAccountResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyCreateServiceAccountV1ServiceAccountsPost,
) -> HttpValidationError | WorkspaceCreateServiceAccountResponseModel | None:
    """Create Service Account

    Create a new service account in the workspace. By default, a workspace can have up to 20 service
    accounts. Enterprise customers may request an increase to this limit, up to 100.

    Args:
        body (BodyCreateServiceAccountV1ServiceAccountsPost):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyCreateServiceAccountV1ServiceAccountsPost,
) -> Response[HttpValidationError | WorkspaceCreateServiceAccountResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyCreateServiceAccountV1ServiceAccountsPost,
) -> HttpValidationError | WorkspaceCreateServiceAccountResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyCreateServiceAccountV1ServiceAccountsPost,
) -> Response[HttpValidationError | WorkspaceCreateServiceAccountResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
