"""`client.conversational_ai.secrets`: the operations of group `conversational_ai_secrets`, as methods of ConversationalAiSecretsResource and AsyncConversationalAiSecretsResource."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Literal, TypedDict, Unpack

import httpx

from ...types import UNSET, Unset, loads
from .. import (
    AsyncRequester,
    Paging,
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
    conversational_ai_secrets_create,
    conversational_ai_secrets_delete,
    conversational_ai_secrets_get,
    conversational_ai_secrets_get_dependencies,
    conversational_ai_secrets_list,
    conversational_ai_secrets_update,
)


def _parse_conversational_ai_secrets_list(response: httpx.Response) -> models.GetWorkspaceSecretsResponseModel:
    from ...models.get_workspace_secrets_response_model import GetWorkspaceSecretsResponseModel

    response_200 = GetWorkspaceSecretsResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_secrets_create(response: httpx.Response) -> models.PostWorkspaceSecretResponseModel:
    from ...models.post_workspace_secret_response_model import PostWorkspaceSecretResponseModel

    response_200 = PostWorkspaceSecretResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_secrets_get(response: httpx.Response) -> models.ConvAiWorkspaceStoredSecretConfig:
    from ...models.conv_ai_workspace_stored_secret_config import ConvAiWorkspaceStoredSecretConfig

    response_200 = ConvAiWorkspaceStoredSecretConfig.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_secrets_delete(response: httpx.Response) -> None:
    return None


def _parse_conversational_ai_secrets_update(response: httpx.Response) -> models.PostWorkspaceSecretResponseModel:
    from ...models.post_workspace_secret_response_model import PostWorkspaceSecretResponseModel

    response_200 = PostWorkspaceSecretResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_secrets_get_dependencies(
    response: httpx.Response,
) -> models.GetSecretDependenciesResponseModel:
    from ...models.get_secret_dependencies_response_model import GetSecretDependenciesResponseModel

    response_200 = GetSecretDependenciesResponseModel.from_dict(loads(response.content))

    return response_200


_PAGING_CONVERSATIONAL_AI_SECRETS_LIST = Paging(
    items="secrets",
    kind="cursor",
    next="next_cursor",
    parameter="cursor",
)
_PAGING_CONVERSATIONAL_AI_SECRETS_GET_DEPENDENCIES = Paging(
    items="dependencies",
    kind="cursor",
    next="next_cursor",
    parameter="cursor",
)


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

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiSecretsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiSecretsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def list(
        self,
        *,
        page_size: int | None | Unset = UNSET,
        dependency_limit: int | None | Unset = UNSET,
        search: None | str | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetWorkspaceSecretsResponseModel:
        """Get Convai Workspace Secrets

        Get all workspace secrets for the user

        `GET /v1/convai/secrets`.

        Args:
            page_size (int | None | Unset): How many documents to return at maximum. Can not exceed 100.
                If not provided, returns all secrets.
            dependency_limit (int | None | Unset): Maximum number of dependent resources (tools, agents,
                phone numbers) to return per secret. Can not exceed 100.
            search (None | str | Unset): If specified, returns only secrets whose names start with this
                string.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_secrets_list._get_kwargs(
            page_size=page_size,
            dependency_limit=dependency_limit,
            search=search,
            cursor=cursor,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_secrets_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[ConversationalAiSecretsListQuery],
    ) -> Iterator[models.GetWorkspaceSecretsResponseModel]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor`."""
        return self._requester.pages(self.list, query, _PAGING_CONVERSATIONAL_AI_SECRETS_LIST)

    def iter_all(
        self,
        **query: Unpack[ConversationalAiSecretsListQuery],
    ) -> Iterator[models.ConvAiWorkspaceStoredSecretConfig]:
        """Every item (`secrets`) of every page of `list` with these parameters."""
        for page in self.iter_pages(**query):
            yield from page.secrets

    @former_names(
        type_="type",
    )
    def create(
        self,
        name: str,
        value: str,
        *,
        type: Literal["new"] = "new",
        request_options: RequestOptions | None = None,
    ) -> models.PostWorkspaceSecretResponseModel:
        """Create Convai Workspace Secret

        Create a new secret for the workspace

        `POST /v1/convai/secrets`.

        Args:
            type (Literal['new']):
            name (str):
            value (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.post_workspace_secret_request import PostWorkspaceSecretRequest

        kwargs = conversational_ai_secrets_create._get_kwargs(
            body=PostWorkspaceSecretRequest(
                type=type,
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
    ) -> models.ConvAiWorkspaceStoredSecretConfig:
        """Get Convai Workspace Secret

        Get a workspace secret by ID

        `GET /v1/convai/secrets/{secret_id}`.

        Args:
            secret_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
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

        Args:
            secret_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("secret_id", secret_id)
        kwargs = conversational_ai_secrets_delete._get_kwargs(
            secret_id=secret_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_secrets_delete, request_options)

    @former_names(
        type_="type",
    )
    def update(
        self,
        secret_id: str,
        name: str,
        value: str,
        *,
        type: Literal["update"] = "update",
        request_options: RequestOptions | None = None,
    ) -> models.PostWorkspaceSecretResponseModel:
        """Update Convai Workspace Secret

        Update an existing secret for the workspace

        `PATCH /v1/convai/secrets/{secret_id}`.

        Args:
            secret_id (str):
            type (Literal['update']):
            name (str):
            value (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("secret_id", secret_id)
        from ...models.patch_workspace_secret_request import PatchWorkspaceSecretRequest

        kwargs = conversational_ai_secrets_update._get_kwargs(
            secret_id=secret_id,
            body=PatchWorkspaceSecretRequest(
                type=type,
                name=name,
                value=value,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_secrets_update, request_options)

    def get_dependencies(
        self,
        secret_id: str,
        resource_type: models.SecretDependencyResourceType,
        *,
        page_size: int | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetSecretDependenciesResponseModel:
        """Get Secret Dependencies By Type

        Get paginated list of resources that depend on a specific secret, filtered by resource type.

        `GET /v1/convai/secrets/{secret_id}/dependencies/{resource_type}`.

        Args:
            secret_id (str):
            resource_type (SecretDependencyResourceType):  One of: agents, phone_numbers, tools.
            page_size (int | Unset): How many dependency items to return per page. Defaults to 20 on the
                server.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
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

    def iter_get_dependencies_pages(
        self,
        secret_id: str,
        resource_type: models.SecretDependencyResourceType,
        **query: Unpack[ConversationalAiSecretsGetDependenciesQuery],
    ) -> Iterator[models.GetSecretDependenciesResponseModel]:
        """Every page of `get_dependencies` with these parameters, sending `next_cursor` back as `cursor`."""
        return self._requester.pages(
            functools.partial(self.get_dependencies, secret_id, resource_type),
            query,
            _PAGING_CONVERSATIONAL_AI_SECRETS_GET_DEPENDENCIES,
        )

    def iter_get_dependencies(
        self,
        secret_id: str,
        resource_type: models.SecretDependencyResourceType,
        **query: Unpack[ConversationalAiSecretsGetDependenciesQuery],
    ) -> Iterator[
        models.DependentAvailableAgentIdentifier
        | models.DependentAvailableToolIdentifier
        | models.DependentPhoneNumberIdentifier
        | models.DependentUnknownAgentIdentifier
        | models.DependentUnknownToolIdentifier
        | models.UnknownVariant
    ]:
        """Every item (`dependencies`) of every page of `get_dependencies` with these parameters."""
        for page in self.iter_get_dependencies_pages(secret_id, resource_type, **query):
            yield from page.dependencies or []


class ConversationalAiSecretsResourceWithRawResponse:
    """`ConversationalAiSecretsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiSecretsResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)
        self.update = raw_response(resource.update)
        self.get_dependencies = raw_response(resource.get_dependencies)


class AsyncConversationalAiSecretsResource:
    """The operations of group `conversational_ai_secrets`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiSecretsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiSecretsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def list(
        self,
        *,
        page_size: int | None | Unset = UNSET,
        dependency_limit: int | None | Unset = UNSET,
        search: None | str | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetWorkspaceSecretsResponseModel:
        """Get Convai Workspace Secrets

        Get all workspace secrets for the user

        `GET /v1/convai/secrets`.

        Args:
            page_size (int | None | Unset): How many documents to return at maximum. Can not exceed 100.
                If not provided, returns all secrets.
            dependency_limit (int | None | Unset): Maximum number of dependent resources (tools, agents,
                phone numbers) to return per secret. Can not exceed 100.
            search (None | str | Unset): If specified, returns only secrets whose names start with this
                string.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_secrets_list._get_kwargs(
            page_size=page_size,
            dependency_limit=dependency_limit,
            search=search,
            cursor=cursor,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_secrets_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[ConversationalAiSecretsListQuery],
    ) -> AsyncIterator[models.GetWorkspaceSecretsResponseModel]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor`."""
        return self._requester.pages(self.list, query, _PAGING_CONVERSATIONAL_AI_SECRETS_LIST)

    async def iter_all(
        self,
        **query: Unpack[ConversationalAiSecretsListQuery],
    ) -> AsyncIterator[models.ConvAiWorkspaceStoredSecretConfig]:
        """Every item (`secrets`) of every page of `list` with these parameters."""
        async for page in self.iter_pages(**query):
            for item in page.secrets:
                yield item

    @former_names(
        type_="type",
    )
    async def create(
        self,
        name: str,
        value: str,
        *,
        type: Literal["new"] = "new",
        request_options: RequestOptions | None = None,
    ) -> models.PostWorkspaceSecretResponseModel:
        """Create Convai Workspace Secret

        Create a new secret for the workspace

        `POST /v1/convai/secrets`.

        Args:
            type (Literal['new']):
            name (str):
            value (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.post_workspace_secret_request import PostWorkspaceSecretRequest

        kwargs = conversational_ai_secrets_create._get_kwargs(
            body=PostWorkspaceSecretRequest(
                type=type,
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
    ) -> models.ConvAiWorkspaceStoredSecretConfig:
        """Get Convai Workspace Secret

        Get a workspace secret by ID

        `GET /v1/convai/secrets/{secret_id}`.

        Args:
            secret_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
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

        Args:
            secret_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("secret_id", secret_id)
        kwargs = conversational_ai_secrets_delete._get_kwargs(
            secret_id=secret_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_secrets_delete, request_options)

    @former_names(
        type_="type",
    )
    async def update(
        self,
        secret_id: str,
        name: str,
        value: str,
        *,
        type: Literal["update"] = "update",
        request_options: RequestOptions | None = None,
    ) -> models.PostWorkspaceSecretResponseModel:
        """Update Convai Workspace Secret

        Update an existing secret for the workspace

        `PATCH /v1/convai/secrets/{secret_id}`.

        Args:
            secret_id (str):
            type (Literal['update']):
            name (str):
            value (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("secret_id", secret_id)
        from ...models.patch_workspace_secret_request import PatchWorkspaceSecretRequest

        kwargs = conversational_ai_secrets_update._get_kwargs(
            secret_id=secret_id,
            body=PatchWorkspaceSecretRequest(
                type=type,
                name=name,
                value=value,
            ),
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_secrets_update, request_options)

    async def get_dependencies(
        self,
        secret_id: str,
        resource_type: models.SecretDependencyResourceType,
        *,
        page_size: int | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetSecretDependenciesResponseModel:
        """Get Secret Dependencies By Type

        Get paginated list of resources that depend on a specific secret, filtered by resource type.

        `GET /v1/convai/secrets/{secret_id}/dependencies/{resource_type}`.

        Args:
            secret_id (str):
            resource_type (SecretDependencyResourceType):  One of: agents, phone_numbers, tools.
            page_size (int | Unset): How many dependency items to return per page. Defaults to 20 on the
                server.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
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

    def iter_get_dependencies_pages(
        self,
        secret_id: str,
        resource_type: models.SecretDependencyResourceType,
        **query: Unpack[ConversationalAiSecretsGetDependenciesQuery],
    ) -> AsyncIterator[models.GetSecretDependenciesResponseModel]:
        """Every page of `get_dependencies` with these parameters, sending `next_cursor` back as `cursor`."""
        return self._requester.pages(
            functools.partial(self.get_dependencies, secret_id, resource_type),
            query,
            _PAGING_CONVERSATIONAL_AI_SECRETS_GET_DEPENDENCIES,
        )

    async def iter_get_dependencies(
        self,
        secret_id: str,
        resource_type: models.SecretDependencyResourceType,
        **query: Unpack[ConversationalAiSecretsGetDependenciesQuery],
    ) -> AsyncIterator[
        models.DependentAvailableAgentIdentifier
        | models.DependentAvailableToolIdentifier
        | models.DependentPhoneNumberIdentifier
        | models.DependentUnknownAgentIdentifier
        | models.DependentUnknownToolIdentifier
        | models.UnknownVariant
    ]:
        """Every item (`dependencies`) of every page of `get_dependencies` with these parameters."""
        async for page in self.iter_get_dependencies_pages(secret_id, resource_type, **query):
            for item in page.dependencies or []:
                yield item


class AsyncConversationalAiSecretsResourceWithRawResponse:
    """`AsyncConversationalAiSecretsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiSecretsResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
        self.update = async_raw_response(resource.update)
        self.get_dependencies = async_raw_response(resource.get_dependencies)
