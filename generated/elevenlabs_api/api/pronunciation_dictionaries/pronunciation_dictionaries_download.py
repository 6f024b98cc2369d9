"""`GET /v1/pronunciation-dictionaries/{dictionary_id}/{version_id}/download`: Get A Pls File With A Pronunciation Dictionary Version Rules."""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import File, Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    dictionary_id: str,
    version_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/pronunciation-dictionaries/{dictionary_id}/{version_id}/download".format(
            dictionary_id=quote(str(dictionary_id), safe=""),
            version_id=quote(str(version_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> File | HttpValidationError | None:
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    dictionary_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient,
) -> File | HttpValidationError | None:
    """Get A Pls File With A Pronunciation Dictionary Version Rules

    Get a PLS file with a pronunciation dictionary version rules

    Args:
        dictionary_id (str): The id of the pronunciation dictionary
        version_id (str): The id of the pronunciation dictionary version
    """

    return sync_detailed(
        dictionary_id=dictionary_id,
        version_id=version_id,
        client=client,
    ).parsed


def sync_detailed(
    dictionary_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[File | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        dictionary_id=dictionary_id,
        version_id=version_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    dictionary_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient,
) -> File | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            dictionary_id=dictionary_id,
            version_id=version_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    dictionary_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[File | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        dictionary_id=dictionary_id,
        version_id=version_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
