"""`GET /v1/convai/secrets`: Get Convai Workspace Secrets."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_workspace_secrets_response_model import GetWorkspaceSecretsResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    page_size: int | None | Unset = UNSET,
    dependency_limit: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_page_size: int | None | Unset = page_size

    params["page_size"] = json_page_size

    json_dependency_limit: int | None | Unset = dependency_limit

    params["dependency_limit"] = json_dependency_limit

    json_search: None | str | Unset = search

    params["search"] = json_search

    json_cursor: None | str | Unset = cursor

    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/secrets",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetWorkspaceSecretsResponseModel | HttpValidationError | None:
    from ...models.get_workspace_secrets_response_model import GetWorkspaceSecretsResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetWorkspaceSecretsResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    page_size: int | None | Unset = UNSET,
    dependency_limit: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> GetWorkspaceSecretsResponseModel | HttpValidationError | None:
    """Get Convai Workspace Secrets

    Get all workspace secrets for the user

    Args:
        page_size (int | None | Unset): How many documents to return at maximum. Can not exceed
            100. If not provided, returns all secrets.
        dependency_limit (int | None | Unset): Maximum number of dependent resources (tools,
            agents, phone numbers) to return per secret. Can not exceed 100.
        search (None | str | Unset): If specified, returns only secrets whose names start with
            this string.
        cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
            response.
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        dependency_limit=dependency_limit,
        search=search,
        cursor=cursor,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | None | Unset = UNSET,
    dependency_limit: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[GetWorkspaceSecretsResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        page_size=page_size,
        dependency_limit=dependency_limit,
        search=search,
        cursor=cursor,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    page_size: int | None | Unset = UNSET,
    dependency_limit: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> GetWorkspaceSecretsResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            dependency_limit=dependency_limit,
            search=search,
            cursor=cursor,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | None | Unset = UNSET,
    dependency_limit: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[GetWorkspaceSecretsResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        page_size=page_size,
        dependency_limit=dependency_limit,
        search=search,
        cursor=cursor,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
