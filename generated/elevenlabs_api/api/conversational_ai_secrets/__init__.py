"""`client.conversational_ai.secrets`: the operations of group `conversational_ai_secrets`, as methods of ConversationalAiSecretsResource and AsyncConversationalAiSecretsResource."""

from __future__ import annotations

import builtins
import functools
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, TypedDict, cast

import httpx

from ...types import UNSET, FileInput, Unset, as_file
from .. import (
    AsyncBinaryStream,
    AsyncObjectStream,
    AsyncRequester,
    BinaryStream,
    Requester,
    RequestOptions,
    check_path_parameter,
)

# Models and nested groups only for type checking: they are imported where they are used, so importing
# the client loads none.
if TYPE_CHECKING:
    from typing import Literal, cast

    from ...models.conv_ai_workspace_stored_secret_config import ConvAIWorkspaceStoredSecretConfig
    from ...models.get_secret_dependencies_response_model import GetSecretDependenciesResponseModel
    from ...models.get_workspace_secrets_response_model import GetWorkspaceSecretsResponseModel
    from ...models.http_validation_error import HTTPValidationError
    from ...models.patch_workspace_secret_request import PatchWorkspaceSecretRequest
    from ...models.post_workspace_secret_request import PostWorkspaceSecretRequest
    from ...models.post_workspace_secret_response_model import PostWorkspaceSecretResponseModel
    from ...models.secret_dependency_resource_type import SecretDependencyResourceType
from . import (
    conversational_ai_secrets_create,
    conversational_ai_secrets_delete,
    conversational_ai_secrets_get,
    conversational_ai_secrets_get_dependencies,
    conversational_ai_secrets_list,
    conversational_ai_secrets_update,
)


def _parse_conversational_ai_secrets_list(response: httpx.Response) -> GetWorkspaceSecretsResponseModel:
    from ...models.get_workspace_secrets_response_model import GetWorkspaceSecretsResponseModel
    from ...models.http_validation_error import HTTPValidationError

    response_200 = GetWorkspaceSecretsResponseModel.from_dict(response.json())

    return response_200


def _parse_conversational_ai_secrets_create(response: httpx.Response) -> PostWorkspaceSecretResponseModel:
    from ...models.http_validation_error import HTTPValidationError
    from ...models.post_workspace_secret_request import PostWorkspaceSecretRequest
    from ...models.post_workspace_secret_response_model import PostWorkspaceSecretResponseModel

    response_200 = PostWorkspaceSecretResponseModel.from_dict(response.json())

    return response_200


def _parse_conversational_ai_secrets_get(response: httpx.Response) -> ConvAIWorkspaceStoredSecretConfig:
    from ...models.conv_ai_workspace_stored_secret_config import ConvAIWorkspaceStoredSecretConfig
    from ...models.http_validation_error import HTTPValidationError

    response_200 = ConvAIWorkspaceStoredSecretConfig.from_dict(response.json())

    return response_200


def _parse_conversational_ai_secrets_delete(response: httpx.Response) -> None:
    return None


def _parse_conversational_ai_secrets_update(response: httpx.Response) -> PostWorkspaceSecretResponseModel:
    from ...models.http_validation_error import HTTPValidationError
    from ...models.patch_workspace_secret_request import PatchWorkspaceSecretRequest
    from ...models.post_workspace_secret_response_model import PostWorkspaceSecretResponseModel

    response_200 = PostWorkspaceSecretResponseModel.from_dict(response.json())

    return response_200


def _parse_conversational_ai_secrets_get_dependencies(response: httpx.Response) -> GetSecretDependenciesResponseModel:
    from ...models.get_secret_dependencies_response_model import GetSecretDependenciesResponseModel
    from ...models.http_validation_error import HTTPValidationError
    from ...models.secret_dependency_resource_type import (
        SecretDependencyResourceType,
        check_secret_dependency_resource_type,
    )

    response_200 = GetSecretDependenciesResponseModel.from_dict(response.json())

    return response_200


class ConversationalAiSecretsListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    page_size: int | None | Unset
    dependency_limit: int | None | Unset
    search: None | str | Unset
    cursor: None | str | Unset


class ConversationalAiSecretsGetDependenciesQuery(TypedDict, total=False):
    """The query parameters of `get_dependencies`, for passing them on as keyword arguments."""

    page_size: int | Unset
    cursor: None | str | Unset


class ConversationalAiSecretsResource:
    """The operations of group `conversational_ai_secrets`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        page_size: int | None | Unset = UNSET,
        dependency_limit: int | None | Unset = UNSET,
        search: None | str | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GetWorkspaceSecretsResponseModel:
        """Get Convai Workspace Secrets

        Get all workspace secrets for the user

        `GET /v1/convai/secrets`.
        """

        kwargs = conversational_ai_secrets_list._get_kwargs(
            page_size=page_size,
            dependency_limit=dependency_limit,
            search=search,
            cursor=cursor,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_secrets_list, request_options)

    def create(
        self,
        name: str,
        value: str,
        *,
        type_: Literal["new"] = "new",
        request_options: RequestOptions | None = None,
    ) -> PostWorkspaceSecretResponseModel:
        """Create Convai Workspace Secret

        Create a new secret for the workspace

        `POST /v1/convai/secrets`.
        """

        from ...models.post_workspace_secret_request import PostWorkspaceSecretRequest

        kwargs = conversational_ai_secrets_create._get_kwargs(
            body=PostWorkspaceSecretRequest(
                type_=type_,
                name=name,
                value=value,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_secrets_create, request_options)

    def get(
        self,
        secret_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ConvAIWorkspaceStoredSecretConfig:
        """Get Convai Workspace Secret

        Get a workspace secret by ID

        `GET /v1/convai/secrets/{secret_id}`.
        """

        check_path_parameter("secret_id", secret_id)
        kwargs = conversational_ai_secrets_get._get_kwargs(
            secret_id=secret_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_secrets_get, request_options)

    def delete(
        self,
        secret_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete Convai Workspace Secret

        Delete a workspace secret if it's not in use

        `DELETE /v1/convai/secrets/{secret_id}`.
        """

        check_path_parameter("secret_id", secret_id)
        kwargs = conversational_ai_secrets_delete._get_kwargs(
            secret_id=secret_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_secrets_delete, request_options)

    def update(
        self,
        secret_id: str,
        name: str,
        value: str,
        *,
        type_: Literal["update"] = "update",
        request_options: RequestOptions | None = None,
    ) -> PostWorkspaceSecretResponseModel:
        """Update Convai Workspace Secret

        Update an existing secret for the workspace

        `PATCH /v1/convai/secrets/{secret_id}`.
        """

        check_path_parameter("secret_id", secret_id)
        from ...models.patch_workspace_secret_request import PatchWorkspaceSecretRequest

        kwargs = conversational_ai_secrets_update._get_kwargs(
            secret_id=secret_id,
            body=PatchWorkspaceSecretRequest(
                type_=type_,
                name=name,
                value=value,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_secrets_update, request_options)

    def get_dependencies(
        self,
        secret_id: str,
        resource_type: SecretDependencyResourceType,
        *,
        page_size: int | Unset = 20,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GetSecretDependenciesResponseModel:
        """Get Secret Dependencies By Type

        Get paginated list of resources that depend on a specific secret, filtered by resource type.

        `GET /v1/convai/secrets/{secret_id}/dependencies/{resource_type}`.
        """

        check_path_parameter("secret_id", secret_id)
        check_path_parameter("resource_type", resource_type)
        kwargs = conversational_ai_secrets_get_dependencies._get_kwargs(
            secret_id=secret_id,
            resource_type=resource_type,
            page_size=page_size,
            cursor=cursor,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_secrets_get_dependencies, request_options)


class AsyncConversationalAiSecretsResource:
    """The operations of group `conversational_ai_secrets`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(
        self,
        *,
        page_size: int | None | Unset = UNSET,
        dependency_limit: int | None | Unset = UNSET,
        search: None | str | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GetWorkspaceSecretsResponseModel:
        """Get Convai Workspace Secrets

        Get all workspace secrets for the user

        `GET /v1/convai/secrets`.
        """

        kwargs = conversational_ai_secrets_list._get_kwargs(
            page_size=page_size,
            dependency_limit=dependency_limit,
            search=search,
            cursor=cursor,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_secrets_list, request_options)

    async def create(
        self,
        name: str,
        value: str,
        *,
        type_: Literal["new"] = "new",
        request_options: RequestOptions | None = None,
    ) -> PostWorkspaceSecretResponseModel:
        """Create Convai Workspace Secret

        Create a new secret for the workspace

        `POST /v1/convai/secrets`.
        """

        from ...models.post_workspace_secret_request import PostWorkspaceSecretRequest

        kwargs = conversational_ai_secrets_create._get_kwargs(
            body=PostWorkspaceSecretRequest(
                type_=type_,
                name=name,
                value=value,
            ),
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_secrets_create, request_options)

    async def get(
        self,
        secret_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ConvAIWorkspaceStoredSecretConfig:
        """Get Convai Workspace Secret

        Get a workspace secret by ID

        `GET /v1/convai/secrets/{secret_id}`.
        """

        check_path_parameter("secret_id", secret_id)
        kwargs = conversational_ai_secrets_get._get_kwargs(
            secret_id=secret_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_secrets_get, request_options)

    async def delete(
        self,
        secret_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete Convai Workspace Secret

        Delete a workspace secret if it's not in use

        `DELETE /v1/convai/secrets/{secret_id}`.
        """

        check_path_parameter("secret_id", secret_id)
        kwargs = conversational_ai_secrets_delete._get_kwargs(
            secret_id=secret_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_secrets_delete, request_options)

    async def update(
        self,
        secret_id: str,
        name: str,
        value: str,
        *,
        type_: Literal["update"] = "update",
        request_options: RequestOptions | None = None,
    ) -> PostWorkspaceSecretResponseModel:
        """Update Convai Workspace Secret

        Update an existing secret for the workspace

        `PATCH /v1/convai/secrets/{secret_id}`.
        """

        check_path_parameter("secret_id", secret_id)
        from ...models.patch_workspace_secret_request import PatchWorkspaceSecretRequest

        kwargs = conversational_ai_secrets_update._get_kwargs(
            secret_id=secret_id,
            body=PatchWorkspaceSecretRequest(
                type_=type_,
                name=name,
                value=value,
            ),
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_secrets_update, request_options)

    async def get_dependencies(
        self,
        secret_id: str,
        resource_type: SecretDependencyResourceType,
        *,
        page_size: int | Unset = 20,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GetSecretDependenciesResponseModel:
        """Get Secret Dependencies By Type

        Get paginated list of resources that depend on a specific secret, filtered by resource type.

        `GET /v1/convai/secrets/{secret_id}/dependencies/{resource_type}`.
        """

        check_path_parameter("secret_id", secret_id)
        check_path_parameter("resource_type", resource_type)
        kwargs = conversational_ai_secrets_get_dependencies._get_kwargs(
            secret_id=secret_id,
            resource_type=resource_type,
            page_size=page_size,
            cursor=cursor,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_secrets_get_dependencies, request_options)
