"""`PATCH /v1/workspace/auth-connections/{auth_connection_id}`: Update Workspace Auth Connection."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, parse_strictly, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_integration_o_auth_2_auth_code_response import ApiIntegrationOAuth2AuthCodeResponse
    from ...models.api_integration_o_auth_2_custom_app_response import ApiIntegrationOAuth2CustomAppResponse
    from ...models.basic_auth_response import BasicAuthResponse
    from ...models.bearer_auth_response import BearerAuthResponse
    from ...models.custom_header_auth_response import CustomHeaderAuthResponse
    from ...models.http_validation_error import HttpValidationError
    from ...models.mtls_auth_response import MtlsAuthResponse
    from ...models.o_auth_2_client_creds_response import OAuth2ClientCredsResponse
    from ...models.o_auth_2_jwt_response import OAuth2JwtResponse
    from ...models.private_key_jwt_response import PrivateKeyJwtResponse
    from ...models.refresh_token_auth_response import RefreshTokenAuthResponse
    from ...models.slack_bot_auth_response import SlackBotAuthResponse
    from ...models.update_basic_auth_request import UpdateBasicAuthRequest
    from ...models.update_bearer_auth_request import UpdateBearerAuthRequest
    from ...models.update_o_auth_2_client_creds_request import UpdateOAuth2ClientCredsRequest
    from ...models.update_o_auth_2_jwt_request import UpdateOAuth2JwtRequest
    from ...models.url_secret_auth_response import UrlSecretAuthResponse
    from ...models.whats_app_auth_response import WhatsAppAuthResponse


def _get_kwargs(
    auth_connection_id: str,
    *,
    body: UpdateBasicAuthRequest | UpdateBearerAuthRequest | UpdateOAuth2ClientCredsRequest | UpdateOAuth2JwtRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/workspace/auth-connections/{auth_connection_id}".format(
            auth_connection_id=quote(str(auth_connection_id), safe=""),
        ),
    }
    from ...models.update_basic_auth_request import UpdateBasicAuthRequest
    from ...models.update_bearer_auth_request import UpdateBearerAuthRequest
    from ...models.update_o_auth_2_client_creds_request import UpdateOAuth2ClientCredsRequest
    from ...models.update_o_auth_2_jwt_request import UpdateOAuth2JwtRequest

    if (
        isinstance(body, UpdateOAuth2ClientCredsRequest)
        or isinstance(body, UpdateBasicAuthRequest)
        or isinstance(body, UpdateBearerAuthRequest)
        or isinstance(body, UpdateOAuth2JwtRequest)
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ApiIntegrationOAuth2AuthCodeResponse
    | ApiIntegrationOAuth2CustomAppResponse
    | BasicAuthResponse
    | BearerAuthResponse
    | CustomHeaderAuthResponse
    | MtlsAuthResponse
    | OAuth2ClientCredsResponse
    | OAuth2JwtResponse
    | PrivateKeyJwtResponse
    | RefreshTokenAuthResponse
    | SlackBotAuthResponse
    | UrlSecretAuthResponse
    | WhatsAppAuthResponse
    | HttpValidationError
    | None
):
    from ...models.api_integration_o_auth_2_auth_code_response import ApiIntegrationOAuth2AuthCodeResponse
    from ...models.api_integration_o_auth_2_custom_app_response import ApiIntegrationOAuth2CustomAppResponse
    from ...models.basic_auth_response import BasicAuthResponse
    from ...models.bearer_auth_response import BearerAuthResponse
    from ...models.custom_header_auth_response import CustomHeaderAuthResponse
    from ...models.http_validation_error import HttpValidationError
    from ...models.mtls_auth_response import MtlsAuthResponse
    from ...models.o_auth_2_client_creds_response import OAuth2ClientCredsResponse
    from ...models.o_auth_2_jwt_response import OAuth2JwtResponse
    from ...models.private_key_jwt_response import PrivateKeyJwtResponse
    from ...models.refresh_token_auth_response import RefreshTokenAuthResponse
    from ...models.slack_bot_auth_response import SlackBotAuthResponse
    from ...models.url_secret_auth_response import UrlSecretAuthResponse
    from ...models.whats_app_auth_response import WhatsAppAuthResponse

    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            ApiIntegrationOAuth2AuthCodeResponse
            | ApiIntegrationOAuth2CustomAppResponse
            | BasicAuthResponse
            | BearerAuthResponse
            | CustomHeaderAuthResponse
            | MtlsAuthResponse
            | OAuth2ClientCredsResponse
            | OAuth2JwtResponse
            | PrivateKeyJwtResponse
            | RefreshTokenAuthResponse
            | SlackBotAuthResponse
            | UrlSecretAuthResponse
            | WhatsAppAuthResponse
        ):
            return parse_strictly(_parse_response_200_member, data)

        def _parse_response_200_member(
            data: object,
        ) -> (
            ApiIntegrationOAuth2AuthCodeResponse
            | ApiIntegrationOAuth2CustomAppResponse
            | BasicAuthResponse
            | BearerAuthResponse
            | CustomHeaderAuthResponse
            | MtlsAuthResponse
            | OAuth2ClientCredsResponse
            | OAuth2JwtResponse
            | PrivateKeyJwtResponse
            | RefreshTokenAuthResponse
            | SlackBotAuthResponse
            | UrlSecretAuthResponse
            | WhatsAppAuthResponse
        ):
            if isinstance(data, dict):
                for known in (
                    OAuth2ClientCredsResponse,
                    RefreshTokenAuthResponse,
                    BasicAuthResponse,
                    BearerAuthResponse,
                    OAuth2JwtResponse,
                    PrivateKeyJwtResponse,
                    MtlsAuthResponse,
                    CustomHeaderAuthResponse,
                    ApiIntegrationOAuth2AuthCodeResponse,
                    ApiIntegrationOAuth2CustomAppResponse,
                    WhatsAppAuthResponse,
                    SlackBotAuthResponse,
                    UrlSecretAuthResponse,
                ):
                    kind = getattr(known, "_kind", None)
                    if kind is not None and data.get(kind[0]) == kind[1]:
                        return known.from_dict(data)

            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                response_200_type_0 = OAuth2ClientCredsResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                response_200_type_1 = RefreshTokenAuthResponse.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                response_200_type_2 = BasicAuthResponse.from_dict(data)

                return response_200_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                response_200_type_3 = BearerAuthResponse.from_dict(data)

                return response_200_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                response_200_type_4 = OAuth2JwtResponse.from_dict(data)

                return response_200_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                response_200_type_5 = PrivateKeyJwtResponse.from_dict(data)

                return response_200_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                response_200_type_6 = MtlsAuthResponse.from_dict(data)

                return response_200_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                response_200_type_7 = CustomHeaderAuthResponse.from_dict(data)

                return response_200_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                response_200_type_8 = ApiIntegrationOAuth2AuthCodeResponse.from_dict(data)

                return response_200_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                response_200_type_9 = ApiIntegrationOAuth2CustomAppResponse.from_dict(data)

                return response_200_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                response_200_type_10 = WhatsAppAuthResponse.from_dict(data)

                return response_200_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                response_200_type_11 = SlackBotAuthResponse.from_dict(data)

                return response_200_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            response_200_type_12 = UrlSecretAuthResponse.from_dict(data)

            return response_200_type_12

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    auth_connection_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateBasicAuthRequest | UpdateBearerAuthRequest | UpdateOAuth2ClientCredsRequest | UpdateOAuth2JwtRequest,
) -> (
    ApiIntegrationOAuth2AuthCodeResponse
    | ApiIntegrationOAuth2CustomAppResponse
    | BasicAuthResponse
    | BearerAuthResponse
    | CustomHeaderAuthResponse
    | MtlsAuthResponse
    | OAuth2ClientCredsResponse
    | OAuth2JwtResponse
    | PrivateKeyJwtResponse
    | RefreshTokenAuthResponse
    | SlackBotAuthResponse
    | UrlSecretAuthResponse
    | WhatsAppAuthResponse
    | HttpValidationError
    | None
):
    """Update Workspace Auth Connection

    Update an auth connection

    Args:
        auth_connection_id (str):
        body (UpdateBasicAuthRequest | UpdateBearerAuthRequest | UpdateOAuth2ClientCredsRequest |
            UpdateOAuth2JwtRequest): Updated auth connection fields
    """

    return sync_detailed(
        auth_connection_id=auth_connection_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    auth_connection_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateBasicAuthRequest | UpdateBearerAuthRequest | UpdateOAuth2ClientCredsRequest | UpdateOAuth2JwtRequest,
) -> Response[
    ApiIntegrationOAuth2AuthCodeResponse
    | ApiIntegrationOAuth2CustomAppResponse
    | BasicAuthResponse
    | BearerAuthResponse
    | CustomHeaderAuthResponse
    | MtlsAuthResponse
    | OAuth2ClientCredsResponse
    | OAuth2JwtResponse
    | PrivateKeyJwtResponse
    | RefreshTokenAuthResponse
    | SlackBotAuthResponse
    | UrlSecretAuthResponse
    | WhatsAppAuthResponse
    | HttpValidationError
]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        auth_connection_id=auth_connection_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    auth_connection_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateBasicAuthRequest | UpdateBearerAuthRequest | UpdateOAuth2ClientCredsRequest | UpdateOAuth2JwtRequest,
) -> (
    ApiIntegrationOAuth2AuthCodeResponse
    | ApiIntegrationOAuth2CustomAppResponse
    | BasicAuthResponse
    | BearerAuthResponse
    | CustomHeaderAuthResponse
    | MtlsAuthResponse
    | OAuth2ClientCredsResponse
    | OAuth2JwtResponse
    | PrivateKeyJwtResponse
    | RefreshTokenAuthResponse
    | SlackBotAuthResponse
    | UrlSecretAuthResponse
    | WhatsAppAuthResponse
    | HttpValidationError
    | None
):
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            auth_connection_id=auth_connection_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    auth_connection_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateBasicAuthRequest | UpdateBearerAuthRequest | UpdateOAuth2ClientCredsRequest | UpdateOAuth2JwtRequest,
) -> Response[
    ApiIntegrationOAuth2AuthCodeResponse
    | ApiIntegrationOAuth2CustomAppResponse
    | BasicAuthResponse
    | BearerAuthResponse
    | CustomHeaderAuthResponse
    | MtlsAuthResponse
    | OAuth2ClientCredsResponse
    | OAuth2JwtResponse
    | PrivateKeyJwtResponse
    | RefreshTokenAuthResponse
    | SlackBotAuthResponse
    | UrlSecretAuthResponse
    | WhatsAppAuthResponse
    | HttpValidationError
]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        auth_connection_id=auth_connection_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
