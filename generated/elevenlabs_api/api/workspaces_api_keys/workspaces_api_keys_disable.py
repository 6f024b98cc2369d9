"""`POST /v1/workspaces/api-keys/disable`: Disable Api Key."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    api_key_name: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["api_key_name"] = api_key_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workspaces/api-keys/disable",
    }
    _kwargs["params"] = params
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
    *,
    client: AuthenticatedClient,
    api_key_name: str,
) -> Any | HttpValidationError | None:
    """Disable Api Key

    Disable the API key used to authenticate this request. Requires the query parameter
    `api_key_name=self` as an explicit confirmation.

    Args:
        api_key_name (str): Must be set to `self` to disable the API key used to authenticate this
            request. Required as an explicit confirmation to avoid accidentally disabling the wrong
            key.
    """

    return sync_detailed(
        client=client,
        api_key_name=api_key_name,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    api_key_name: str,
) -> Response[Any | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        api_key_name=api_key_name,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    api_key_name: str,
) -> Any | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            api_key_name=api_key_name,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    api_key_name: str,
) -> Response[Any | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        api_key_name=api_key_name,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
