"""`client.service_accounts`: the operations of group `service_accounts`, as methods of ServiceAccountsResource and AsyncServiceAccountsResource."""

from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING

import httpx

from ...types import UNSET, Unset, loads
from .. import (
    AsyncRequester,
    Requester,
    RequestOptions,
    async_raw_response,
    raw_response,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models

# Nested groups only for type checking: each is imported when first used, so importing the client loads none.
if TYPE_CHECKING:
    from ..service_accounts_api_keys import AsyncServiceAccountsApiKeysResource, ServiceAccountsApiKeysResource
from . import service_accounts_create, service_accounts_list


def _parse_service_accounts_list(response: httpx.Response) -> models.WorkspaceServiceAccountListResponseModel:
    from ...models.workspace_service_account_list_response_model import WorkspaceServiceAccountListResponseModel

    response_200 = WorkspaceServiceAccountListResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_service_accounts_create(response: httpx.Response) -> models.WorkspaceCreateServiceAccountResponseModel:
    from ...models.workspace_create_service_account_response_model import WorkspaceCreateServiceAccountResponseModel

    response_200 = WorkspaceCreateServiceAccountResponseModel.from_dict(loads(response.content))

    return response_200


class ServiceAccountsResource:
    """The operations of group `service_accounts`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ServiceAccountsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ServiceAccountsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def api_keys(self) -> ServiceAccountsApiKeysResource:
        """`service_accounts_api_keys` operations."""
        from ..service_accounts_api_keys import ServiceAccountsApiKeysResource

        return ServiceAccountsApiKeysResource(self._requester)

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.WorkspaceServiceAccountListResponseModel:
        """Get Workspace Service Accounts

        List all service accounts in the workspace

        `GET /v1/service-accounts`.

        Args:
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = service_accounts_list._get_kwargs()

        return self._requester.request(kwargs, _parse_service_accounts_list, request_options)

    def create(
        self,
        name: str,
        *,
        default_sharing_groups: builtins.list[models.DefaultSharingGroupConfig] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.WorkspaceCreateServiceAccountResponseModel:
        """Create Service Account

        Create a new service account in the workspace. By default, a workspace can have up to 20 service
        accounts. Enterprise customers may request an increase to this limit, up to 100.

        `POST /v1/service-accounts`.

        Args:
            name (str):
            default_sharing_groups (list[DefaultSharingGroupConfig] | None | Unset): List of groups with
                their permission levels to share with by default. Each entry should specify a group_id and a
                permission_level (admin, editor, or viewer).
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_create_service_account_v1_service_accounts_post import (
            BodyCreateServiceAccountV1ServiceAccountsPost,
        )

        kwargs = service_accounts_create._get_kwargs(
            body=BodyCreateServiceAccountV1ServiceAccountsPost(
                name=name,
                default_sharing_groups=default_sharing_groups,
            ),
        )

        return self._requester.request(kwargs, _parse_service_accounts_create, request_options)


class ServiceAccountsResourceWithRawResponse:
    """`ServiceAccountsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ServiceAccountsResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)


class AsyncServiceAccountsResource:
    """The operations of group `service_accounts`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncServiceAccountsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncServiceAccountsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def api_keys(self) -> AsyncServiceAccountsApiKeysResource:
        """`service_accounts_api_keys` operations."""
        from ..service_accounts_api_keys import AsyncServiceAccountsApiKeysResource

        return AsyncServiceAccountsApiKeysResource(self._requester)

    async def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.WorkspaceServiceAccountListResponseModel:
        """Get Workspace Service Accounts

        List all service accounts in the workspace

        `GET /v1/service-accounts`.

        Args:
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = service_accounts_list._get_kwargs()

        return await self._requester.request(kwargs, _parse_service_accounts_list, request_options)

    async def create(
        self,
        name: str,
        *,
        default_sharing_groups: builtins.list[models.DefaultSharingGroupConfig] | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.WorkspaceCreateServiceAccountResponseModel:
        """Create Service Account

        Create a new service account in the workspace. By default, a workspace can have up to 20 service
        accounts. Enterprise customers may request an increase to this limit, up to 100.

        `POST /v1/service-accounts`.

        Args:
            name (str):
            default_sharing_groups (list[DefaultSharingGroupConfig] | None | Unset): List of groups with
                their permission levels to share with by default. Each entry should specify a group_id and a
                permission_level (admin, editor, or viewer).
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_create_service_account_v1_service_accounts_post import (
            BodyCreateServiceAccountV1ServiceAccountsPost,
        )

        kwargs = service_accounts_create._get_kwargs(
            body=BodyCreateServiceAccountV1ServiceAccountsPost(
                name=name,
                default_sharing_groups=default_sharing_groups,
            ),
        )

        return await self._requester.request(kwargs, _parse_service_accounts_create, request_options)


class AsyncServiceAccountsResourceWithRawResponse:
    """`AsyncServiceAccountsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncServiceAccountsResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
