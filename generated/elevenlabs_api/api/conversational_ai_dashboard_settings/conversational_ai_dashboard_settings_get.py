"""`GET /v1/convai/settings/dashboard`: Get Convai Dashboard Settings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_conv_ai_dashboard_settings_response_model import GetConvAiDashboardSettingsResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/settings/dashboard",
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetConvAiDashboardSettingsResponseModel | HttpValidationError | None:
    from ...models.get_conv_ai_dashboard_settings_response_model import GetConvAiDashboardSettingsResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetConvAiDashboardSettingsResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
) -> GetConvAiDashboardSettingsResponseModel | HttpValidationError | None:
    """Get Convai Dashboard Settings

    Retrieve Convai dashboard settings for the workspace
    """

    return sync_detailed(
        client=client,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[GetConvAiDashboardSettingsResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs()
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> GetConvAiDashboardSettingsResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[GetConvAiDashboardSettingsResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs()
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
