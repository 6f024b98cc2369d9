"""`GET /v1/dubbing/{dubbing_id}/audio/{language_code}`: Get Dubbed File."""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ...types import File, Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    dubbing_id: str,
    language_code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/dubbing/{dubbing_id}/audio/{language_code}".format(
            dubbing_id=quote(str(dubbing_id), safe=""),
            language_code=quote(str(language_code), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | File | HttpValidationError | None:
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 425:
        response_425 = cast(Any, None)
        return response_425

    raise_unexpected_status(client, response)
    return None


def sync(
    dubbing_id: str,
    language_code: str,
    *,
    client: AuthenticatedClient,
) -> Any | File | HttpValidationError | None:
    """Get Dubbed File

    Returns dub as a streamed MP3 or MP4 file. If this dub has been edited using Dubbing Studio you need
    to use the resource render endpoint as this endpoint only returns the original automatic dub result.

    Args:
        dubbing_id (str): ID of the dubbing project.
        language_code (str): ID of the language.
    """

    return sync_detailed(
        dubbing_id=dubbing_id,
        language_code=language_code,
        client=client,
    ).parsed


def sync_detailed(
    dubbing_id: str,
    language_code: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | File | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        language_code=language_code,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    dubbing_id: str,
    language_code: str,
    *,
    client: AuthenticatedClient,
) -> Any | File | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            dubbing_id=dubbing_id,
            language_code=language_code,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    dubbing_id: str,
    language_code: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | File | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        dubbing_id=dubbing_id,
        language_code=language_code,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
