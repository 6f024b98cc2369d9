"""`GET /v1/convai/secrets/{secret_id}`: Get Convai Workspace Secret."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.conv_ai_workspace_stored_secret_config import ConvAiWorkspaceStoredSecretConfig
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    secret_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/secrets/{secret_id}".format(
            secret_id=quote(str(secret_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConvAiWorkspaceStoredSecretConfig | HttpValidationError | None:
    from ...models.conv_ai_workspace_stored_secret_config import ConvAiWorkspaceStoredSecretConfig
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = ConvAiWorkspaceStoredSecretConfig.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConvAiWorkspaceStoredSecretConfig | HttpValidationError]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    secret_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ConvAiWorkspaceStoredSecretConfig | HttpValidationError]:
    """Get Convai Workspace Secret

     Get a workspace secret by ID

    Args:
        secret_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConvAiWorkspaceStoredSecretConfig | HttpValidationError]
    """

    kwargs = _get_kwargs(
        secret_id=secret_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    secret_id: str,
    *,
    client: AuthenticatedClient,
) -> ConvAiWorkspaceStoredSecretConfig | HttpValidationError | None:
    """Get Convai Workspace Secret

     Get a workspace secret by ID

    Args:
        secret_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConvAiWorkspaceStoredSecretConfig | HttpValidationError
    """

    return sync_detailed(
        secret_id=secret_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    secret_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ConvAiWorkspaceStoredSecretConfig | HttpValidationError]:
    """Get Convai Workspace Secret

     Get a workspace secret by ID

    Args:
        secret_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConvAiWorkspaceStoredSecretConfig | HttpValidationError]
    """

    kwargs = _get_kwargs(
        secret_id=secret_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    secret_id: str,
    *,
    client: AuthenticatedClient,
) -> ConvAiWorkspaceStoredSecretConfig | HttpValidationError | None:
    """Get Convai Workspace Secret

     Get a workspace secret by ID

    Args:
        secret_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConvAiWorkspaceStoredSecretConfig | HttpValidationError
    """

    return (
        await asyncio_detailed(
            secret_id=secret_id,
            client=client,
        )
    ).parsed
