"""`GET /v1/studio/projects/{project_id}`: Get Studio Project."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.project_extended_response import ProjectExtendedResponse


def _get_kwargs(
    project_id: str,
    *,
    share_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_share_id: None | str | Unset = share_id

    params["share_id"] = json_share_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/studio/projects/{project_id}".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | ProjectExtendedResponse | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.project_extended_response import ProjectExtendedResponse

    if response.status_code == 200:
        response_200 = ProjectExtendedResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient,
    share_id: None | str | Unset = UNSET,
) -> HttpValidationError | ProjectExtendedResponse | None:
    """Get Studio Project

    Returns information about a specific Studio project. This endpoint returns more detailed information
    about a project than `GET /v1/studio`.

    Args:
        project_id (str): The ID of the Studio project.
        share_id (None | str | Unset): The share ID of the project
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        share_id=share_id,
    ).parsed


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    share_id: None | str | Unset = UNSET,
) -> Response[HttpValidationError | ProjectExtendedResponse]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        project_id=project_id,
        share_id=share_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
    share_id: None | str | Unset = UNSET,
) -> HttpValidationError | ProjectExtendedResponse | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            share_id=share_id,
        )
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    share_id: None | str | Unset = UNSET,
) -> Response[HttpValidationError | ProjectExtendedResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        project_id=project_id,
        share_id=share_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
