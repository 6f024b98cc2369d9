"""`POST /v1/convai/environment-variables`: Create Environment Variable."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.create_auth_connection_environment_variable_request import (
        CreateAuthConnectionEnvironmentVariableRequest,
    )
    from ...models.create_secret_environment_variable_request import CreateSecretEnvironmentVariableRequest
    from ...models.create_string_environment_variable_request import CreateStringEnvironmentVariableRequest
    from ...models.environment_variable_response import EnvironmentVariableResponse
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    body: CreateAuthConnectionEnvironmentVariableRequest
    | CreateSecretEnvironmentVariableRequest
    | CreateStringEnvironmentVariableRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/environment-variables",
    }
    from ...models.create_auth_connection_environment_variable_request import (
        CreateAuthConnectionEnvironmentVariableRequest,
    )
    from ...models.create_secret_environment_variable_request import CreateSecretEnvironmentVariableRequest
    from ...models.create_string_environment_variable_request import CreateStringEnvironmentVariableRequest

    if (
        isinstance(body, CreateStringEnvironmentVariableRequest)
        or isinstance(body, CreateSecretEnvironmentVariableRequest)
        or isinstance(body, CreateAuthConnectionEnvironmentVariableRequest)
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EnvironmentVariableResponse | HttpValidationError | None:
    from ...models.environment_variable_response import EnvironmentVariableResponse
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = EnvironmentVariableResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 409:
        response_409 = cast(Any, None)
        return response_409

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateAuthConnectionEnvironmentVariableRequest
    | CreateSecretEnvironmentVariableRequest
    | CreateStringEnvironmentVariableRequest,
) -> Any | EnvironmentVariableResponse | HttpValidationError | None:
    """Create Environment Variable

    Create a new environment variable for the workspace

    Args:
        body (CreateAuthConnectionEnvironmentVariableRequest |
            CreateSecretEnvironmentVariableRequest | CreateStringEnvironmentVariableRequest):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateAuthConnectionEnvironmentVariableRequest
    | CreateSecretEnvironmentVariableRequest
    | CreateStringEnvironmentVariableRequest,
) -> Response[Any | EnvironmentVariableResponse | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateAuthConnectionEnvironmentVariableRequest
    | CreateSecretEnvironmentVariableRequest
    | CreateStringEnvironmentVariableRequest,
) -> Any | EnvironmentVariableResponse | HttpValidationError | None:
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
    body: CreateAuthConnectionEnvironmentVariableRequest
    | CreateSecretEnvironmentVariableRequest
    | CreateStringEnvironmentVariableRequest,
) -> Response[Any | EnvironmentVariableResponse | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
