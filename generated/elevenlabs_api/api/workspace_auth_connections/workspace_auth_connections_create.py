"""`POST /v1/workspace/auth-connections`: Create Workspace Auth Connection."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, parse_strictly, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_integration_o_auth_2_auth_code_response import ApiIntegrationOAuth2AuthCodeResponse
    from ...models.api_integration_o_auth_2_custom_app_response import ApiIntegrationOAuth2CustomAppResponse
    from ...models.basic_auth_response import BasicAuthResponse
    from ...models.bearer_auth_response import BearerAuthResponse
    from ...models.create_basic_auth_request import CreateBasicAuthRequest
    from ...models.create_bearer_auth_request import CreateBearerAuthRequest
    from ...models.create_custom_header_auth_request import CreateCustomHeaderAuthRequest
    from ...models.create_mtls_auth_request import CreateMtlsAuthRequest
    from ...models.create_o_auth_2_client_creds_request import CreateOAuth2ClientCredsRequest
    from ...models.create_o_auth_2_jwt_request import CreateOAuth2JwtRequest
    from ...models.create_private_key_jwt_request import CreatePrivateKeyJwtRequest
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


def _get_kwargs(
    *,
    body: CreateBasicAuthRequest
    | CreateBearerAuthRequest
    | CreateCustomHeaderAuthRequest
    | CreateMtlsAuthRequest
    | CreateOAuth2ClientCredsRequest
    | CreateOAuth2JwtRequest
    | CreatePrivateKeyJwtRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workspace/auth-connections",
    }
    from ...models.create_basic_auth_request import CreateBasicAuthRequest
    from ...models.create_bearer_auth_request import CreateBearerAuthRequest
    from ...models.create_custom_header_auth_request import CreateCustomHeaderAuthRequest
    from ...models.create_mtls_auth_request import CreateMtlsAuthRequest
    from ...models.create_o_auth_2_client_creds_request import CreateOAuth2ClientCredsRequest
    from ...models.create_o_auth_2_jwt_request import CreateOAuth2JwtRequest
    from ...models.create_private_key_jwt_request import CreatePrivateKeyJwtRequest

    if (
        isinstance(body, CreateOAuth2ClientCredsRequest)
        or isinstance(body, CreateCustomHeaderAuthRequest)
        or isinstance(body, CreateBasicAuthRequest)
        or isinstance(body, CreateBearerAuthRequest)
        or isinstance(body, CreateOAuth2JwtRequest)
        or isinstance(body, CreatePrivateKeyJwtRequest)
        or isinstance(body, CreateMtlsAuthRequest)
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
    *,
    client: AuthenticatedClient,
    body: CreateBasicAuthRequest
    | CreateBearerAuthRequest
    | CreateCustomHeaderAuthRequest
    | CreateMtlsAuthRequest
    | CreateOAuth2ClientCredsRequest
    | CreateOAuth2JwtRequest
    | CreatePrivateKeyJwtRequest,
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
    """Create Workspace Auth Connection

    Create a new OAuth2 auth connection for the workspace

    Args:
        body (CreateBasicAuthRequest | CreateBearerAuthRequest | CreateCustomHeaderAuthRequest |
            CreateMtlsAuthRequest | CreateOAuth2ClientCredsRequest | CreateOAuth2JwtRequest |
            CreatePrivateKeyJwtRequest): Auth connection to create
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateBasicAuthRequest
    | CreateBearerAuthRequest
    | CreateCustomHeaderAuthRequest
    | CreateMtlsAuthRequest
    | CreateOAuth2ClientCredsRequest
    | CreateOAuth2JwtRequest
    | CreatePrivateKeyJwtRequest,
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
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateBasicAuthRequest
    | CreateBearerAuthRequest
    | CreateCustomHeaderAuthRequest
    | CreateMtlsAuthRequest
    | CreateOAuth2ClientCredsRequest
    | CreateOAuth2JwtRequest
    | CreatePrivateKeyJwtRequest,
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
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateBasicAuthRequest
    | CreateBearerAuthRequest
    | CreateCustomHeaderAuthRequest
    | CreateMtlsAuthRequest
    | CreateOAuth2ClientCredsRequest
    | CreateOAuth2JwtRequest
    | CreatePrivateKeyJwtRequest,
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
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
