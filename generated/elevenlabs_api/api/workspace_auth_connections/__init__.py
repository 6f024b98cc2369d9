"""`client.workspace.auth_connections`: the operations of group `workspace_auth_connections`, as methods of WorkspaceAuthConnectionsResource and AsyncWorkspaceAuthConnectionsResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

import httpx

from ...types import loads, parse_strictly
from .. import (
    AsyncRequester,
    Requester,
    RequestOptions,
    async_raw_response,
    check_path_parameter,
    former_names,
    raw_response,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models
from . import (
    workspace_auth_connections_create,
    workspace_auth_connections_delete,
    workspace_auth_connections_list,
    workspace_auth_connections_update,
)


def _parse_workspace_auth_connections_list(response: httpx.Response) -> models.ListAuthConnectionsResponse:
    from ...models.list_auth_connections_response import ListAuthConnectionsResponse

    response_200 = ListAuthConnectionsResponse.from_dict(loads(response.content))

    return response_200


def _parse_workspace_auth_connections_create(
    response: httpx.Response,
) -> (
    models.ApiIntegrationOAuth2AuthCodeResponse
    | models.ApiIntegrationOAuth2CustomAppResponse
    | models.BasicAuthResponse
    | models.BearerAuthResponse
    | models.CustomHeaderAuthResponse
    | models.MtlsAuthResponse
    | models.OAuth2ClientCredsResponse
    | models.OAuth2JwtResponse
    | models.PrivateKeyJwtResponse
    | models.RefreshTokenAuthResponse
    | models.SlackBotAuthResponse
    | models.UrlSecretAuthResponse
    | models.WhatsAppAuthResponse
):
    from ...models.api_integration_o_auth_2_auth_code_response import ApiIntegrationOAuth2AuthCodeResponse
    from ...models.api_integration_o_auth_2_custom_app_response import ApiIntegrationOAuth2CustomAppResponse
    from ...models.basic_auth_response import BasicAuthResponse
    from ...models.bearer_auth_response import BearerAuthResponse
    from ...models.custom_header_auth_response import CustomHeaderAuthResponse
    from ...models.mtls_auth_response import MtlsAuthResponse
    from ...models.o_auth_2_client_creds_response import OAuth2ClientCredsResponse
    from ...models.o_auth_2_jwt_response import OAuth2JwtResponse
    from ...models.private_key_jwt_response import PrivateKeyJwtResponse
    from ...models.refresh_token_auth_response import RefreshTokenAuthResponse
    from ...models.slack_bot_auth_response import SlackBotAuthResponse
    from ...models.url_secret_auth_response import UrlSecretAuthResponse
    from ...models.whats_app_auth_response import WhatsAppAuthResponse

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

    response_200 = _parse_response_200(loads(response.content))

    return response_200


def _parse_workspace_auth_connections_delete(response: httpx.Response) -> Any:

    response_200 = loads(response.content)
    return response_200


def _parse_workspace_auth_connections_update(
    response: httpx.Response,
) -> (
    models.ApiIntegrationOAuth2AuthCodeResponse
    | models.ApiIntegrationOAuth2CustomAppResponse
    | models.BasicAuthResponse
    | models.BearerAuthResponse
    | models.CustomHeaderAuthResponse
    | models.MtlsAuthResponse
    | models.OAuth2ClientCredsResponse
    | models.OAuth2JwtResponse
    | models.PrivateKeyJwtResponse
    | models.RefreshTokenAuthResponse
    | models.SlackBotAuthResponse
    | models.UrlSecretAuthResponse
    | models.WhatsAppAuthResponse
):
    from ...models.api_integration_o_auth_2_auth_code_response import ApiIntegrationOAuth2AuthCodeResponse
    from ...models.api_integration_o_auth_2_custom_app_response import ApiIntegrationOAuth2CustomAppResponse
    from ...models.basic_auth_response import BasicAuthResponse
    from ...models.bearer_auth_response import BearerAuthResponse
    from ...models.custom_header_auth_response import CustomHeaderAuthResponse
    from ...models.mtls_auth_response import MtlsAuthResponse
    from ...models.o_auth_2_client_creds_response import OAuth2ClientCredsResponse
    from ...models.o_auth_2_jwt_response import OAuth2JwtResponse
    from ...models.private_key_jwt_response import PrivateKeyJwtResponse
    from ...models.refresh_token_auth_response import RefreshTokenAuthResponse
    from ...models.slack_bot_auth_response import SlackBotAuthResponse
    from ...models.url_secret_auth_response import UrlSecretAuthResponse
    from ...models.whats_app_auth_response import WhatsAppAuthResponse

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

    response_200 = _parse_response_200(loads(response.content))

    return response_200


class WorkspaceAuthConnectionsResource:
    """The operations of group `workspace_auth_connections`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> WorkspaceAuthConnectionsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return WorkspaceAuthConnectionsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ListAuthConnectionsResponse:
        """Get Workspace Auth Connections

        Get all auth connections for the workspace

        `GET /v1/workspace/auth-connections`.

        Args:
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = workspace_auth_connections_list._get_kwargs()

        return self._requester.request(kwargs, _parse_workspace_auth_connections_list, request_options)

    @former_names(body="request")
    def create(
        self,
        *,
        request: models.CreateBasicAuthRequest
        | models.CreateBearerAuthRequest
        | models.CreateCustomHeaderAuthRequest
        | models.CreateMtlsAuthRequest
        | models.CreateOAuth2ClientCredsRequest
        | models.CreateOAuth2JwtRequest
        | models.CreatePrivateKeyJwtRequest,
        request_options: RequestOptions | None = None,
    ) -> (
        models.ApiIntegrationOAuth2AuthCodeResponse
        | models.ApiIntegrationOAuth2CustomAppResponse
        | models.BasicAuthResponse
        | models.BearerAuthResponse
        | models.CustomHeaderAuthResponse
        | models.MtlsAuthResponse
        | models.OAuth2ClientCredsResponse
        | models.OAuth2JwtResponse
        | models.PrivateKeyJwtResponse
        | models.RefreshTokenAuthResponse
        | models.SlackBotAuthResponse
        | models.UrlSecretAuthResponse
        | models.WhatsAppAuthResponse
    ):
        """Create Workspace Auth Connection

        Create a new OAuth2 auth connection for the workspace

        `POST /v1/workspace/auth-connections`.

        Args:
            request (CreateBasicAuthRequest | CreateBearerAuthRequest | CreateCustomHeaderAuthRequest | CreateMtlsAuthRequest | CreateOAuth2ClientCredsRequest | CreateOAuth2JwtRequest | CreatePrivateKeyJwtRequest): The request body: Auth connection to create.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = workspace_auth_connections_create._get_kwargs(
            body=request,
        )

        return self._requester.request(kwargs, _parse_workspace_auth_connections_create, request_options)

    def delete(
        self,
        auth_connection_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Delete Workspace Auth Connection

        Delete an auth connection

        `DELETE /v1/workspace/auth-connections/{auth_connection_id}`.

        Args:
            auth_connection_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("auth_connection_id", auth_connection_id)
        kwargs = workspace_auth_connections_delete._get_kwargs(
            auth_connection_id=auth_connection_id,
        )

        return self._requester.request(kwargs, _parse_workspace_auth_connections_delete, request_options)

    @former_names(body="request")
    def update(
        self,
        auth_connection_id: str,
        *,
        request: models.UpdateBasicAuthRequest
        | models.UpdateBearerAuthRequest
        | models.UpdateOAuth2ClientCredsRequest
        | models.UpdateOAuth2JwtRequest,
        request_options: RequestOptions | None = None,
    ) -> (
        models.ApiIntegrationOAuth2AuthCodeResponse
        | models.ApiIntegrationOAuth2CustomAppResponse
        | models.BasicAuthResponse
        | models.BearerAuthResponse
        | models.CustomHeaderAuthResponse
        | models.MtlsAuthResponse
        | models.OAuth2ClientCredsResponse
        | models.OAuth2JwtResponse
        | models.PrivateKeyJwtResponse
        | models.RefreshTokenAuthResponse
        | models.SlackBotAuthResponse
        | models.UrlSecretAuthResponse
        | models.WhatsAppAuthResponse
    ):
        """Update Workspace Auth Connection

        Update an auth connection

        `PATCH /v1/workspace/auth-connections/{auth_connection_id}`.

        Args:
            auth_connection_id (str):
            request (UpdateBasicAuthRequest | UpdateBearerAuthRequest | UpdateOAuth2ClientCredsRequest | UpdateOAuth2JwtRequest): The request body: Updated auth connection fields.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("auth_connection_id", auth_connection_id)
        kwargs = workspace_auth_connections_update._get_kwargs(
            auth_connection_id=auth_connection_id,
            body=request,
        )

        return self._requester.request(kwargs, _parse_workspace_auth_connections_update, request_options)


class WorkspaceAuthConnectionsResourceWithRawResponse:
    """`WorkspaceAuthConnectionsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: WorkspaceAuthConnectionsResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
        self.update = raw_response(resource.update)


class AsyncWorkspaceAuthConnectionsResource:
    """The operations of group `workspace_auth_connections`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncWorkspaceAuthConnectionsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncWorkspaceAuthConnectionsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ListAuthConnectionsResponse:
        """Get Workspace Auth Connections

        Get all auth connections for the workspace

        `GET /v1/workspace/auth-connections`.

        Args:
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = workspace_auth_connections_list._get_kwargs()

        return await self._requester.request(kwargs, _parse_workspace_auth_connections_list, request_options)

    @former_names(body="request")
    async def create(
        self,
        *,
        request: models.CreateBasicAuthRequest
        | models.CreateBearerAuthRequest
        | models.CreateCustomHeaderAuthRequest
        | models.CreateMtlsAuthRequest
        | models.CreateOAuth2ClientCredsRequest
        | models.CreateOAuth2JwtRequest
        | models.CreatePrivateKeyJwtRequest,
        request_options: RequestOptions | None = None,
    ) -> (
        models.ApiIntegrationOAuth2AuthCodeResponse
        | models.ApiIntegrationOAuth2CustomAppResponse
        | models.BasicAuthResponse
        | models.BearerAuthResponse
        | models.CustomHeaderAuthResponse
        | models.MtlsAuthResponse
        | models.OAuth2ClientCredsResponse
        | models.OAuth2JwtResponse
        | models.PrivateKeyJwtResponse
        | models.RefreshTokenAuthResponse
        | models.SlackBotAuthResponse
        | models.UrlSecretAuthResponse
        | models.WhatsAppAuthResponse
    ):
        """Create Workspace Auth Connection

        Create a new OAuth2 auth connection for the workspace

        `POST /v1/workspace/auth-connections`.

        Args:
            request (CreateBasicAuthRequest | CreateBearerAuthRequest | CreateCustomHeaderAuthRequest | CreateMtlsAuthRequest | CreateOAuth2ClientCredsRequest | CreateOAuth2JwtRequest | CreatePrivateKeyJwtRequest): The request body: Auth connection to create.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = workspace_auth_connections_create._get_kwargs(
            body=request,
        )

        return await self._requester.request(kwargs, _parse_workspace_auth_connections_create, request_options)

    async def delete(
        self,
        auth_connection_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Delete Workspace Auth Connection

        Delete an auth connection

        `DELETE /v1/workspace/auth-connections/{auth_connection_id}`.

        Args:
            auth_connection_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("auth_connection_id", auth_connection_id)
        kwargs = workspace_auth_connections_delete._get_kwargs(
            auth_connection_id=auth_connection_id,
        )

        return await self._requester.request(kwargs, _parse_workspace_auth_connections_delete, request_options)

    @former_names(body="request")
    async def update(
        self,
        auth_connection_id: str,
        *,
        request: models.UpdateBasicAuthRequest
        | models.UpdateBearerAuthRequest
        | models.UpdateOAuth2ClientCredsRequest
        | models.UpdateOAuth2JwtRequest,
        request_options: RequestOptions | None = None,
    ) -> (
        models.ApiIntegrationOAuth2AuthCodeResponse
        | models.ApiIntegrationOAuth2CustomAppResponse
        | models.BasicAuthResponse
        | models.BearerAuthResponse
        | models.CustomHeaderAuthResponse
        | models.MtlsAuthResponse
        | models.OAuth2ClientCredsResponse
        | models.OAuth2JwtResponse
        | models.PrivateKeyJwtResponse
        | models.RefreshTokenAuthResponse
        | models.SlackBotAuthResponse
        | models.UrlSecretAuthResponse
        | models.WhatsAppAuthResponse
    ):
        """Update Workspace Auth Connection

        Update an auth connection

        `PATCH /v1/workspace/auth-connections/{auth_connection_id}`.

        Args:
            auth_connection_id (str):
            request (UpdateBasicAuthRequest | UpdateBearerAuthRequest | UpdateOAuth2ClientCredsRequest | UpdateOAuth2JwtRequest): The request body: Updated auth connection fields.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("auth_connection_id", auth_connection_id)
        kwargs = workspace_auth_connections_update._get_kwargs(
            auth_connection_id=auth_connection_id,
            body=request,
        )

        return await self._requester.request(kwargs, _parse_workspace_auth_connections_update, request_options)


class AsyncWorkspaceAuthConnectionsResourceWithRawResponse:
    """`AsyncWorkspaceAuthConnectionsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncWorkspaceAuthConnectionsResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
        self.update = async_raw_response(resource.update)
