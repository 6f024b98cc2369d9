"""`DELETE /v1/speech-engine/{speech_engine_id}`: Delete Speech Engine."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    speech_engine_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/speech-engine/{speech_engine_id}".format(
            speech_engine_id=quote(str(speech_engine_id), safe=""),
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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | HttpValidationError]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    speech_engine_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | HttpValidationError]:
    """Delete Speech Engine

     Delete a Speech Engine resource

    Args:
        speech_engine_id (str): The speech engine ID (accepts seng_ or agent_ prefix)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HttpValidationError]
    """

    kwargs = _get_kwargs(
        speech_engine_id=speech_engine_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    speech_engine_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | HttpValidationError | None:
    """Delete Speech Engine

     Delete a Speech Engine resource

    Args:
        speech_engine_id (str): The speech engine ID (accepts seng_ or agent_ prefix)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HttpValidationError
    """

    return sync_detailed(
        speech_engine_id=speech_engine_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    speech_engine_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | HttpValidationError]:
    """Delete Speech Engine

     Delete a Speech Engine resource

    Args:
        speech_engine_id (str): The speech engine ID (accepts seng_ or agent_ prefix)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HttpValidationError]
    """

    kwargs = _get_kwargs(
        speech_engine_id=speech_engine_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    speech_engine_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | HttpValidationError | None:
    """Delete Speech Engine

     Delete a Speech Engine resource

    Args:
        speech_engine_id (str): The speech engine ID (accepts seng_ or agent_ prefix)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HttpValidationError
    """

    return (
        await asyncio_detailed(
            speech_engine_id=speech_engine_id,
            client=client,
        )
    ).parsed
