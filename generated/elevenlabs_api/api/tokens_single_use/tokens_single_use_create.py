"""`POST /v1/single-use-token/{token_type}`: Create Single Use Token."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import SingleUseTokenType
    from ...models.http_validation_error import HttpValidationError
    from ...models.single_use_token_response_model import SingleUseTokenResponseModel


def _get_kwargs(
    token_type: SingleUseTokenType,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/single-use-token/{token_type}".format(
            token_type=quote(str(token_type), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | SingleUseTokenResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.single_use_token_response_model import SingleUseTokenResponseModel

    if response.status_code == 200:
        response_200 = SingleUseTokenResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    token_type: SingleUseTokenType,
    *,
    client: AuthenticatedClient,
) -> HttpValidationError | SingleUseTokenResponseModel | None:
    """Create Single Use Token

    Generate a time limited single-use token with embedded authentication for frontend clients.

    Args:
        token_type (SingleUseTokenType):
    """

    return sync_detailed(
        token_type=token_type,
        client=client,
    ).parsed


def sync_detailed(
    token_type: SingleUseTokenType,
    *,
    client: AuthenticatedClient,
) -> Response[HttpValidationError | SingleUseTokenResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        token_type=token_type,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    token_type: SingleUseTokenType,
    *,
    client: AuthenticatedClient,
) -> HttpValidationError | SingleUseTokenResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            token_type=token_type,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    token_type: SingleUseTokenType,
    *,
    client: AuthenticatedClient,
) -> Response[HttpValidationError | SingleUseTokenResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        token_type=token_type,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
