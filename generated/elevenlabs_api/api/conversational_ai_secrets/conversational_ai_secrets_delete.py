"""`DELETE /v1/convai/secrets/{secret_id}`: Delete Convai Workspace Secret."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    secret_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/convai/secrets/{secret_id}".format(
            secret_id=quote(str(secret_id), safe=""),
        ),
    }
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
    secret_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | HttpValidationError | None:
    """Delete Convai Workspace Secret

    Delete a workspace secret if it's not in use

    Args:
        secret_id (str):
    """

    return sync_detailed(
        secret_id=secret_id,
        client=client,
    ).parsed


def sync_detailed(
    secret_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        secret_id=secret_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    secret_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            secret_id=secret_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    secret_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        secret_id=secret_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
