"""`PATCH /v1/convai/environment-variables/{env_var_id}`: Update Environment Variable."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.environment_variable_response import EnvironmentVariableResponse
    from ...models.http_validation_error import HttpValidationError
    from ...models.update_environment_variable_request import UpdateEnvironmentVariableRequest


def _get_kwargs(
    env_var_id: str,
    *,
    body: UpdateEnvironmentVariableRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/convai/environment-variables/{env_var_id}".format(
            env_var_id=quote(str(env_var_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

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

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    env_var_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateEnvironmentVariableRequest,
) -> Any | EnvironmentVariableResponse | HttpValidationError | None:
    """Update Environment Variable

    Replace an environment variable's values. Use null to remove an environment (except production).

    Args:
        env_var_id (str):
        body (UpdateEnvironmentVariableRequest):
    """

    return sync_detailed(
        env_var_id=env_var_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    env_var_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateEnvironmentVariableRequest,
) -> Response[Any | EnvironmentVariableResponse | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        env_var_id=env_var_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    env_var_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateEnvironmentVariableRequest,
) -> Any | EnvironmentVariableResponse | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            env_var_id=env_var_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    env_var_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateEnvironmentVariableRequest,
) -> Response[Any | EnvironmentVariableResponse | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        env_var_id=env_var_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
