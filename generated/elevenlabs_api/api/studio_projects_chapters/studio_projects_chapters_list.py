"""`GET /v1/studio/projects/{project_id}/chapters`: List Chapters."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_chapters_response import GetChaptersResponse
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    project_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/studio/projects/{project_id}/chapters".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetChaptersResponse | HttpValidationError | None:
    from ...models.get_chapters_response import GetChaptersResponse
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetChaptersResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetChaptersResponse | HttpValidationError]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetChaptersResponse | HttpValidationError]:
    """List Chapters

     Returns a list of a Studio project's chapters.

    Args:
        project_id (str): The ID of the Studio project.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetChaptersResponse | HttpValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient,
) -> GetChaptersResponse | HttpValidationError | None:
    """List Chapters

     Returns a list of a Studio project's chapters.

    Args:
        project_id (str): The ID of the Studio project.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetChaptersResponse | HttpValidationError
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetChaptersResponse | HttpValidationError]:
    """List Chapters

     Returns a list of a Studio project's chapters.

    Args:
        project_id (str): The ID of the Studio project.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetChaptersResponse | HttpValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
) -> GetChaptersResponse | HttpValidationError | None:
    """List Chapters

     Returns a list of a Studio project's chapters.

    Args:
        project_id (str): The ID of the Studio project.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetChaptersResponse | HttpValidationError
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
        )
    ).parsed
