"""`GET /v1/dubbing/project/{project_id}/language/{language_id}`: Get Dubbing Language Target."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dubbing_language_response import DubbingLanguageResponse
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    project_id: str,
    language_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/dubbing/project/{project_id}/language/{language_id}".format(
            project_id=quote(str(project_id), safe=""),
            language_id=quote(str(language_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DubbingLanguageResponse | HttpValidationError | None:
    from ...models.dubbing_language_response import DubbingLanguageResponse
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = DubbingLanguageResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    project_id: str,
    language_id: str,
    *,
    client: AuthenticatedClient,
) -> DubbingLanguageResponse | HttpValidationError | None:
    """Get Dubbing Language Target

    Full language-target detail.

    Args:
        project_id (str): Identifier of the parent dubbing project.
        language_id (str): Identifier of the language target to fetch.
    """

    return sync_detailed(
        project_id=project_id,
        language_id=language_id,
        client=client,
    ).parsed


def sync_detailed(
    project_id: str,
    language_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DubbingLanguageResponse | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        project_id=project_id,
        language_id=language_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    project_id: str,
    language_id: str,
    *,
    client: AuthenticatedClient,
) -> DubbingLanguageResponse | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            project_id=project_id,
            language_id=language_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    project_id: str,
    language_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DubbingLanguageResponse | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        project_id=project_id,
        language_id=language_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
