"""`GET /v1/convai/environment-variables`: List Environment Variables."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import EnvironmentVariablesListTypeType0
    from ...models.environment_variables_list_response import EnvironmentVariablesListResponse
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    label: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    type_: EnvironmentVariablesListTypeType0 | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cursor: None | str | Unset = cursor

    params["cursor"] = json_cursor

    params["page_size"] = page_size

    json_label: None | str | Unset = label

    params["label"] = json_label

    json_environment: None | str | Unset = environment

    params["environment"] = json_environment

    json_type_: None | str | Unset
    if isinstance(type_, Unset):
        json_type_ = UNSET
    elif isinstance(type_, str):
        json_type_ = type_
    else:
        json_type_ = type_

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/environment-variables",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EnvironmentVariablesListResponse | HttpValidationError | None:
    from ...models.environment_variables_list_response import EnvironmentVariablesListResponse
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = EnvironmentVariablesListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    label: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    type_: EnvironmentVariablesListTypeType0 | None | Unset = UNSET,
) -> Any | EnvironmentVariablesListResponse | HttpValidationError | None:
    """List Environment Variables

    List all environment variables for the workspace with optional filtering

    Args:
        cursor (None | str | Unset): Pagination cursor from previous response
        page_size (int | Unset): Number of items to return (1-100) Defaults to 100 on the server.
        label (None | str | Unset): Filter by exact label match
        environment (None | str | Unset): Filter to only return variables that have this
            environment. When specified, the values dict in the response will only contain this
            environment.
        type_ (EnvironmentVariablesListTypeType0 | None | Unset): Filter by variable type
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        page_size=page_size,
        label=label,
        environment=environment,
        type_=type_,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    label: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    type_: EnvironmentVariablesListTypeType0 | None | Unset = UNSET,
) -> Response[Any | EnvironmentVariablesListResponse | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        label=label,
        environment=environment,
        type_=type_,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    label: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    type_: EnvironmentVariablesListTypeType0 | None | Unset = UNSET,
) -> Any | EnvironmentVariablesListResponse | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            page_size=page_size,
            label=label,
            environment=environment,
            type_=type_,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    label: None | str | Unset = UNSET,
    environment: None | str | Unset = UNSET,
    type_: EnvironmentVariablesListTypeType0 | None | Unset = UNSET,
) -> Response[Any | EnvironmentVariablesListResponse | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        label=label,
        environment=environment,
        type_=type_,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
