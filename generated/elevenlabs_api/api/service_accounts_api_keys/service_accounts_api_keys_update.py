"""`PATCH /v1/service-accounts/{service_account_user_id}/api-keys/{api_key_id}`: Edit Service Account Api Key."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_edit_service_account_api_key_v1_service_accounts_service_account_user_id_api_keys_api_key_id_patch import (
        BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatch,
    )
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    service_account_user_id: str,
    api_key_id: str,
    *,
    body: BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatch | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/service-accounts/{service_account_user_id}/api-keys/{api_key_id}".format(
            service_account_user_id=quote(str(service_account_user_id), safe=""),
            api_key_id=quote(str(api_key_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HttpValidationError | None:
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = response.json()
        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    service_account_user_id: str,
    api_key_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatch | Unset = UNSET,
) -> Any | HttpValidationError | None:
    """Edit Service Account Api Key

    Update an existing API key for a service account

    Args:
        service_account_user_id (str):
        api_key_id (str):
        body
            (BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatch |
            Unset):
    """

    return sync_detailed(
        service_account_user_id=service_account_user_id,
        api_key_id=api_key_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    service_account_user_id: str,
    api_key_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatch | Unset = UNSET,
) -> Response[Any | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        service_account_user_id=service_account_user_id,
        api_key_id=api_key_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    service_account_user_id: str,
    api_key_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatch | Unset = UNSET,
) -> Any | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            service_account_user_id=service_account_user_id,
            api_key_id=api_key_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    service_account_user_id: str,
    api_key_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatch | Unset = UNSET,
) -> Response[Any | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        service_account_user_id=service_account_user_id,
        api_key_id=api_key_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
