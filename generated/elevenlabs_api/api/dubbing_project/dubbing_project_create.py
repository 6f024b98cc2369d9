"""`POST /v1/dubbing/project`: Create Dubbing Project."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_create_dubbing_project_v1_dubbing_project_post import (
        BodyCreateDubbingProjectV1DubbingProjectPost,
    )
    from ...models.dubbing_project_response import DubbingProjectResponse
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    body: BodyCreateDubbingProjectV1DubbingProjectPost | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/dubbing/project",
    }
    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DubbingProjectResponse | HttpValidationError | None:
    from ...models.dubbing_project_response import DubbingProjectResponse
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 201:
        response_201 = DubbingProjectResponse.from_dict(response.json())

        return response_201

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyCreateDubbingProjectV1DubbingProjectPost | Unset = UNSET,
) -> DubbingProjectResponse | HttpValidationError | None:
    """Create Dubbing Project

    Create a dubbing project from an uploaded file or a source URL.

    Args:
        body (BodyCreateDubbingProjectV1DubbingProjectPost | Unset):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyCreateDubbingProjectV1DubbingProjectPost | Unset = UNSET,
) -> Response[DubbingProjectResponse | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyCreateDubbingProjectV1DubbingProjectPost | Unset = UNSET,
) -> DubbingProjectResponse | HttpValidationError | None:
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
    body: BodyCreateDubbingProjectV1DubbingProjectPost | Unset = UNSET,
) -> Response[DubbingProjectResponse | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
