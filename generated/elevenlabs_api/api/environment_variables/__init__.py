"""`client.environment_variables`: the operations of group `environment_variables`, as methods of EnvironmentVariablesResource and AsyncEnvironmentVariablesResource."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, TypedDict, Unpack

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
    environment_variables_create,
    environment_variables_get,
    environment_variables_list,
    environment_variables_update,
)


def _parse_environment_variables_list(response: httpx.Response) -> models.EnvironmentVariablesListResponse:
    from ...models.environment_variables_list_response import EnvironmentVariablesListResponse

    response_200 = EnvironmentVariablesListResponse.from_dict(loads(response.content))

    return response_200


def _parse_environment_variables_create(response: httpx.Response) -> models.EnvironmentVariableResponse:
    from ...models.environment_variable_response import EnvironmentVariableResponse

    response_200 = EnvironmentVariableResponse.from_dict(loads(response.content))

    return response_200


def _parse_environment_variables_get(response: httpx.Response) -> models.EnvironmentVariableResponse:
    from ...models.environment_variable_response import EnvironmentVariableResponse

    response_200 = EnvironmentVariableResponse.from_dict(loads(response.content))

    return response_200


def _parse_environment_variables_update(response: httpx.Response) -> models.EnvironmentVariableResponse:
    from ...models.environment_variable_response import EnvironmentVariableResponse

    response_200 = EnvironmentVariableResponse.from_dict(loads(response.content))

    return response_200


_PAGING_ENVIRONMENT_VARIABLES_LIST = Paging(
    items="environment_variables",
    kind="cursor",
    more="has_more",
    next="next_cursor",
    parameter="cursor",
)


class EnvironmentVariablesListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    cursor: None | str | Unset
    page_size: int | Unset
    label: None | str | Unset
    environment: None | str | Unset
    type: models.EnvironmentVariablesListTypeType0 | None | Unset


class EnvironmentVariablesResource:
    """The operations of group `environment_variables`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> EnvironmentVariablesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return EnvironmentVariablesResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @former_names(
        type_="type",
    )
    def list(
        self,
        *,
        cursor: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        label: None | str | Unset = UNSET,
        environment: None | str | Unset = UNSET,
        type: models.EnvironmentVariablesListTypeType0 | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.EnvironmentVariablesListResponse:
        """List Environment Variables

        List all environment variables for the workspace with optional filtering

        `GET /v1/convai/environment-variables`.

        Args:
            cursor (None | str | Unset): Pagination cursor from previous response
            page_size (int | Unset): Number of items to return (1-100) Defaults to 100 on the server.
            label (None | str | Unset): Filter by exact label match
            environment (None | str | Unset): Filter to only return variables that have this
                environment. When specified, the values dict in the response will only contain this
                environment.
            type (EnvironmentVariablesListTypeType0 | None | Unset): Filter by variable type One of:
                auth_connection, secret, string.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = environment_variables_list._get_kwargs(
            cursor=cursor,
            page_size=page_size,
            label=label,
            environment=environment,
            type_=type,
        )

        return self._requester.request(kwargs, _parse_environment_variables_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[EnvironmentVariablesListQuery],
    ) -> Iterator[models.EnvironmentVariablesListResponse]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_ENVIRONMENT_VARIABLES_LIST)

    def iter_all(
        self,
        **query: Unpack[EnvironmentVariablesListQuery],
    ) -> Iterator[models.EnvironmentVariableResponse]:
        """Every item (`environment_variables`) of every page of `list` with these parameters."""
        for page in self.iter_pages(**query):
            yield from page.environment_variables

    @former_names(body="request")
    def create(
        self,
        *,
        request: models.CreateAuthConnectionEnvironmentVariableRequest
        | models.CreateSecretEnvironmentVariableRequest
        | models.CreateStringEnvironmentVariableRequest,
        request_options: RequestOptions | None = None,
    ) -> models.EnvironmentVariableResponse:
        """Create Environment Variable

        Create a new environment variable for the workspace

        `POST /v1/convai/environment-variables`.

        Args:
            request (CreateAuthConnectionEnvironmentVariableRequest | CreateSecretEnvironmentVariableRequest | CreateStringEnvironmentVariableRequest): The request body.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = environment_variables_create._get_kwargs(
            body=request,
        )

        return self._requester.request(kwargs, _parse_environment_variables_create, request_options)

    def get(
        self,
        env_var_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.EnvironmentVariableResponse:
        """Get Environment Variable

        Get a specific environment variable by ID

        `GET /v1/convai/environment-variables/{env_var_id}`.

        Args:
            env_var_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("env_var_id", env_var_id)
        kwargs = environment_variables_get._get_kwargs(
            env_var_id=env_var_id,
        )

        return self._requester.request(kwargs, _parse_environment_variables_get, request_options)

    def update(
        self,
        env_var_id: str,
        values: models.UpdateEnvironmentVariableRequestValues,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.EnvironmentVariableResponse:
        """Update Environment Variable

        Replace an environment variable's values. Use null to remove an environment (except production).

        `PATCH /v1/convai/environment-variables/{env_var_id}`.

        Args:
            env_var_id (str):
            values (UpdateEnvironmentVariableRequestValues): Values to replace. Set to null to remove an
                environment (except 'production').
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("env_var_id", env_var_id)
        from ...models.update_environment_variable_request import UpdateEnvironmentVariableRequest

        kwargs = environment_variables_update._get_kwargs(
            env_var_id=env_var_id,
            body=UpdateEnvironmentVariableRequest(
                values=values,
            ),
        )

        return self._requester.request(kwargs, _parse_environment_variables_update, request_options)


class EnvironmentVariablesResourceWithRawResponse:
    """`EnvironmentVariablesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: EnvironmentVariablesResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)


class AsyncEnvironmentVariablesResource:
    """The operations of group `environment_variables`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncEnvironmentVariablesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncEnvironmentVariablesResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @former_names(
        type_="type",
    )
    async def list(
        self,
        *,
        cursor: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        label: None | str | Unset = UNSET,
        environment: None | str | Unset = UNSET,
        type: models.EnvironmentVariablesListTypeType0 | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.EnvironmentVariablesListResponse:
        """List Environment Variables

        List all environment variables for the workspace with optional filtering

        `GET /v1/convai/environment-variables`.

        Args:
            cursor (None | str | Unset): Pagination cursor from previous response
            page_size (int | Unset): Number of items to return (1-100) Defaults to 100 on the server.
            label (None | str | Unset): Filter by exact label match
            environment (None | str | Unset): Filter to only return variables that have this
                environment. When specified, the values dict in the response will only contain this
                environment.
            type (EnvironmentVariablesListTypeType0 | None | Unset): Filter by variable type One of:
                auth_connection, secret, string.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = environment_variables_list._get_kwargs(
            cursor=cursor,
            page_size=page_size,
            label=label,
            environment=environment,
            type_=type,
        )

        return await self._requester.request(kwargs, _parse_environment_variables_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[EnvironmentVariablesListQuery],
    ) -> AsyncIterator[models.EnvironmentVariablesListResponse]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_ENVIRONMENT_VARIABLES_LIST)

    async def iter_all(
        self,
        **query: Unpack[EnvironmentVariablesListQuery],
    ) -> AsyncIterator[models.EnvironmentVariableResponse]:
        """Every item (`environment_variables`) of every page of `list` with these parameters."""
        async for page in self.iter_pages(**query):
            for item in page.environment_variables:
                yield item

    @former_names(body="request")
    async def create(
        self,
        *,
        request: models.CreateAuthConnectionEnvironmentVariableRequest
        | models.CreateSecretEnvironmentVariableRequest
        | models.CreateStringEnvironmentVariableRequest,
        request_options: RequestOptions | None = None,
    ) -> models.EnvironmentVariableResponse:
        """Create Environment Variable

        Create a new environment variable for the workspace

        `POST /v1/convai/environment-variables`.

        Args:
            request (CreateAuthConnectionEnvironmentVariableRequest | CreateSecretEnvironmentVariableRequest | CreateStringEnvironmentVariableRequest): The request body.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = environment_variables_create._get_kwargs(
            body=request,
        )

        return await self._requester.request(kwargs, _parse_environment_variables_create, request_options)

    async def get(
        self,
        env_var_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.EnvironmentVariableResponse:
        """Get Environment Variable

        Get a specific environment variable by ID

        `GET /v1/convai/environment-variables/{env_var_id}`.

        Args:
            env_var_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("env_var_id", env_var_id)
        kwargs = environment_variables_get._get_kwargs(
            env_var_id=env_var_id,
        )

        return await self._requester.request(kwargs, _parse_environment_variables_get, request_options)

    async def update(
        self,
        env_var_id: str,
        values: models.UpdateEnvironmentVariableRequestValues,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.EnvironmentVariableResponse:
        """Update Environment Variable

        Replace an environment variable's values. Use null to remove an environment (except production).

        `PATCH /v1/convai/environment-variables/{env_var_id}`.

        Args:
            env_var_id (str):
            values (UpdateEnvironmentVariableRequestValues): Values to replace. Set to null to remove an
                environment (except 'production').
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("env_var_id", env_var_id)
        from ...models.update_environment_variable_request import UpdateEnvironmentVariableRequest

        kwargs = environment_variables_update._get_kwargs(
            env_var_id=env_var_id,
            body=UpdateEnvironmentVariableRequest(
                values=values,
            ),
        )

        return await self._requester.request(kwargs, _parse_environment_variables_update, request_options)


class AsyncEnvironmentVariablesResourceWithRawResponse:
    """`AsyncEnvironmentVariablesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncEnvironmentVariablesResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.update = async_raw_response(resource.update)
