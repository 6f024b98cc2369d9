"""`client.service_accounts.api_keys`: the operations of group `service_accounts_api_keys`, as methods of ServiceAccountsApiKeysResource and AsyncServiceAccountsApiKeysResource."""

from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING, Any, Literal

import httpx

from ...types import UNSET, Unset, loads
from .. import (
    AsyncRequester,
    Requester,
    RequestOptions,
    async_raw_response,
    check_path_parameter,
    raw_response,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models
from . import (
    service_accounts_api_keys_create,
    service_accounts_api_keys_delete,
    service_accounts_api_keys_list,
    service_accounts_api_keys_update,
)


def _parse_service_accounts_api_keys_list(response: httpx.Response) -> models.WorkspaceApiKeyListResponseModel:
    from ...models.workspace_api_key_list_response_model import WorkspaceApiKeyListResponseModel

    response_200 = WorkspaceApiKeyListResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_service_accounts_api_keys_create(response: httpx.Response) -> models.WorkspaceCreateApiKeyResponseModel:
    from ...models.workspace_create_api_key_response_model import WorkspaceCreateApiKeyResponseModel

    response_200 = WorkspaceCreateApiKeyResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_service_accounts_api_keys_delete(response: httpx.Response) -> Any:

    response_200 = loads(response.content)
    return response_200


def _parse_service_accounts_api_keys_update(response: httpx.Response) -> Any:

    response_200 = loads(response.content)
    return response_200


class ServiceAccountsApiKeysResource:
    """The operations of group `service_accounts_api_keys`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ServiceAccountsApiKeysResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ServiceAccountsApiKeysResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def list(
        self,
        service_account_user_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.WorkspaceApiKeyListResponseModel:
        """Get Service Account Api Keys Route

        Get all API keys for a service account

        `GET /v1/service-accounts/{service_account_user_id}/api-keys`.

        Args:
            service_account_user_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("service_account_user_id", service_account_user_id)
        kwargs = service_accounts_api_keys_list._get_kwargs(
            service_account_user_id=service_account_user_id,
        )

        return self._requester.request(kwargs, _parse_service_accounts_api_keys_list, request_options)

    def create(
        self,
        service_account_user_id: str,
        name: str,
        permissions: builtins.list[models.PermissionType] | Literal["all"],
        *,
        character_limit: int | None | Unset = UNSET,
        allowed_ips: builtins.list[str] | None | Unset = UNSET,
        third_party_disable_allowed: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.WorkspaceCreateApiKeyResponseModel:
        """Create Service Account Api Key

        Create a new API key for a service account

        `POST /v1/service-accounts/{service_account_user_id}/api-keys`.

        Args:
            service_account_user_id (str):
            name (str):
            permissions (list[PermissionType] | Literal['all']): The permissions of the XI API.
            character_limit (int | None | Unset): The character limit of the XI API key. If provided
                this will limit the usage of this api key to n characters per month where n is the chosen
                value. Requests that incur charges will fail after reaching this monthly limit.
            allowed_ips (list[str] | None | Unset): List of IP addresses or CIDR ranges allowed to use
                this API key. Each entry may be a CIDR range (e.g. '10.0.0.0/24') or a bare IP address
                (normalized to /32 or /128). On create, omit or pass null to allow all IPs. On update, omit
                to leave the allowlist unchanged, or pass "clear" to remove it.
            third_party_disable_allowed (bool | None | Unset): Whether the holder of this key may
                disable it via the self-disable endpoint. On create, omit or pass null to use the
                workspace's default (enabled for non-Enterprise plans, disabled for Enterprise plans). On
                update, omit to leave it unchanged, or pass "clear" to reset it to the workspace default.
                Only honored for workspaces with self-disable access enabled.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("service_account_user_id", service_account_user_id)
        from ...models.body_create_service_account_api_key_v1_service_accounts_service_account_user_id_api_keys_post import (
            BodyCreateServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysPost,
        )

        kwargs = service_accounts_api_keys_create._get_kwargs(
            service_account_user_id=service_account_user_id,
            body=BodyCreateServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysPost(
                name=name,
                permissions=permissions,
                character_limit=character_limit,
                allowed_ips=allowed_ips,
                third_party_disable_allowed=third_party_disable_allowed,
            ),
        )

        return self._requester.request(kwargs, _parse_service_accounts_api_keys_create, request_options)

    def delete(
        self,
        service_account_user_id: str,
        api_key_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Delete Service Account Api Key

        Delete an existing API key for a service account

        `DELETE /v1/service-accounts/{service_account_user_id}/api-keys/{api_key_id}`.

        Args:
            service_account_user_id (str):
            api_key_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("service_account_user_id", service_account_user_id)
        check_path_parameter("api_key_id", api_key_id)
        kwargs = service_accounts_api_keys_delete._get_kwargs(
            service_account_user_id=service_account_user_id,
            api_key_id=api_key_id,
        )

        return self._requester.request(kwargs, _parse_service_accounts_api_keys_delete, request_options)

    def update(
        self,
        service_account_user_id: str,
        api_key_id: str,
        *,
        is_enabled: bool | Literal["no_update"] | Unset = UNSET,
        name: None | str | Unset = UNSET,
        permissions: models.BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchPermissionsType1
        | builtins.list[models.PermissionType]
        | Unset = UNSET,
        character_limit: models.BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchCharacterLimitType1
        | int
        | None
        | Unset = UNSET,
        allowed_ips: models.BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchAllowedIpsType1
        | builtins.list[str]
        | Unset = UNSET,
        third_party_disable_allowed: models.BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchThirdPartyDisableAllowedType1
        | bool
        | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Edit Service Account Api Key

        Update an existing API key for a service account

        `PATCH /v1/service-accounts/{service_account_user_id}/api-keys/{api_key_id}`.

        Args:
            service_account_user_id (str):
            api_key_id (str):
            is_enabled (bool | Literal['no_update'] | Unset): Whether to enable or disable the API key.
                Defaults to 'no_update' on the server.
            name (None | str | Unset): The name of the XI API key to use (used for identification
                purposes only).
            permissions (BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchPermissionsType1 | list[PermissionType] | Unset):
                The permissions of the XI API. Defaults to 'no_update' on the server. One of: all,
                no_update.
            character_limit (BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchCharacterLimitType1 | int | None | Unset):
                The character limit of the XI API key. If provided this will limit the usage of this api key
                to n characters per month where n is the chosen value. Requests that incur charges will fail
                after reaching this monthly limit. Defaults to 'no_update' on the server. One of: clear,
                no_update.
            allowed_ips (BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchAllowedIpsType1 | list[str] | Unset):
                List of IP addresses or CIDR ranges allowed to use this API key. Each entry may be a CIDR
                range (e.g. '10.0.0.0/24') or a bare IP address (normalized to /32 or /128). On create, omit
                or pass null to allow all IPs. On update, omit to leave the allowlist unchanged, or pass
                "clear" to remove it. Defaults to 'no_update' on the server. One of: clear, no_update.
            third_party_disable_allowed (BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchThirdPartyDisableAllowedType1 | bool | Unset):
                Whether the holder of this key may disable it via the self-disable endpoint. On create, omit
                or pass null to use the workspace's default (enabled for non-Enterprise plans, disabled for
                Enterprise plans). On update, omit to leave it unchanged, or pass "clear" to reset it to the
                workspace default. Only honored for workspaces with self-disable access enabled. Defaults to
                'no_update' on the server. One of: clear, no_update.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("service_account_user_id", service_account_user_id)
        check_path_parameter("api_key_id", api_key_id)
        from ...models.body_edit_service_account_api_key_v1_service_accounts_service_account_user_id_api_keys_api_key_id_patch import (
            BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatch,
        )

        kwargs = service_accounts_api_keys_update._get_kwargs(
            service_account_user_id=service_account_user_id,
            api_key_id=api_key_id,
            body=BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatch(
                is_enabled=is_enabled,
                name=name,
                permissions=permissions,
                character_limit=character_limit,
                allowed_ips=allowed_ips,
                third_party_disable_allowed=third_party_disable_allowed,
            ),
        )

        return self._requester.request(kwargs, _parse_service_accounts_api_keys_update, request_options)


class ServiceAccountsApiKeysResourceWithRawResponse:
    """`ServiceAccountsApiKeysResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ServiceAccountsApiKeysResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
        self.update = raw_response(resource.update)


class AsyncServiceAccountsApiKeysResource:
    """The operations of group `service_accounts_api_keys`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncServiceAccountsApiKeysResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncServiceAccountsApiKeysResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def list(
        self,
        service_account_user_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.WorkspaceApiKeyListResponseModel:
        """Get Service Account Api Keys Route

        Get all API keys for a service account

        `GET /v1/service-accounts/{service_account_user_id}/api-keys`.

        Args:
            service_account_user_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("service_account_user_id", service_account_user_id)
        kwargs = service_accounts_api_keys_list._get_kwargs(
            service_account_user_id=service_account_user_id,
        )

        return await self._requester.request(kwargs, _parse_service_accounts_api_keys_list, request_options)

    async def create(
        self,
        service_account_user_id: str,
        name: str,
        permissions: builtins.list[models.PermissionType] | Literal["all"],
        *,
        character_limit: int | None | Unset = UNSET,
        allowed_ips: builtins.list[str] | None | Unset = UNSET,
        third_party_disable_allowed: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.WorkspaceCreateApiKeyResponseModel:
        """Create Service Account Api Key

        Create a new API key for a service account

        `POST /v1/service-accounts/{service_account_user_id}/api-keys`.

        Args:
            service_account_user_id (str):
            name (str):
            permissions (list[PermissionType] | Literal['all']): The permissions of the XI API.
            character_limit (int | None | Unset): The character limit of the XI API key. If provided
                this will limit the usage of this api key to n characters per month where n is the chosen
                value. Requests that incur charges will fail after reaching this monthly limit.
            allowed_ips (list[str] | None | Unset): List of IP addresses or CIDR ranges allowed to use
                this API key. Each entry may be a CIDR range (e.g. '10.0.0.0/24') or a bare IP address
                (normalized to /32 or /128). On create, omit or pass null to allow all IPs. On update, omit
                to leave the allowlist unchanged, or pass "clear" to remove it.
            third_party_disable_allowed (bool | None | Unset): Whether the holder of this key may
                disable it via the self-disable endpoint. On create, omit or pass null to use the
                workspace's default (enabled for non-Enterprise plans, disabled for Enterprise plans). On
                update, omit to leave it unchanged, or pass "clear" to reset it to the workspace default.
                Only honored for workspaces with self-disable access enabled.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("service_account_user_id", service_account_user_id)
        from ...models.body_create_service_account_api_key_v1_service_accounts_service_account_user_id_api_keys_post import (
            BodyCreateServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysPost,
        )

        kwargs = service_accounts_api_keys_create._get_kwargs(
            service_account_user_id=service_account_user_id,
            body=BodyCreateServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysPost(
                name=name,
                permissions=permissions,
                character_limit=character_limit,
                allowed_ips=allowed_ips,
                third_party_disable_allowed=third_party_disable_allowed,
            ),
        )

        return await self._requester.request(kwargs, _parse_service_accounts_api_keys_create, request_options)

    async def delete(
        self,
        service_account_user_id: str,
        api_key_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Delete Service Account Api Key

        Delete an existing API key for a service account

        `DELETE /v1/service-accounts/{service_account_user_id}/api-keys/{api_key_id}`.

        Args:
            service_account_user_id (str):
            api_key_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("service_account_user_id", service_account_user_id)
        check_path_parameter("api_key_id", api_key_id)
        kwargs = service_accounts_api_keys_delete._get_kwargs(
            service_account_user_id=service_account_user_id,
            api_key_id=api_key_id,
        )

        return await self._requester.request(kwargs, _parse_service_accounts_api_keys_delete, request_options)

    async def update(
        self,
        service_account_user_id: str,
        api_key_id: str,
        *,
        is_enabled: bool | Literal["no_update"] | Unset = UNSET,
        name: None | str | Unset = UNSET,
        permissions: models.BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchPermissionsType1
        | builtins.list[models.PermissionType]
        | Unset = UNSET,
        character_limit: models.BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchCharacterLimitType1
        | int
        | None
        | Unset = UNSET,
        allowed_ips: models.BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchAllowedIpsType1
        | builtins.list[str]
        | Unset = UNSET,
        third_party_disable_allowed: models.BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchThirdPartyDisableAllowedType1
        | bool
        | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Edit Service Account Api Key

        Update an existing API key for a service account

        `PATCH /v1/service-accounts/{service_account_user_id}/api-keys/{api_key_id}`.

        Args:
            service_account_user_id (str):
            api_key_id (str):
            is_enabled (bool | Literal['no_update'] | Unset): Whether to enable or disable the API key.
                Defaults to 'no_update' on the server.
            name (None | str | Unset): The name of the XI API key to use (used for identification
                purposes only).
            permissions (BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchPermissionsType1 | list[PermissionType] | Unset):
                The permissions of the XI API. Defaults to 'no_update' on the server. One of: all,
                no_update.
            character_limit (BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchCharacterLimitType1 | int | None | Unset):
                The character limit of the XI API key. If provided this will limit the usage of this api key
                to n characters per month where n is the chosen value. Requests that incur charges will fail
                after reaching this monthly limit. Defaults to 'no_update' on the server. One of: clear,
                no_update.
            allowed_ips (BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchAllowedIpsType1 | list[str] | Unset):
                List of IP addresses or CIDR ranges allowed to use this API key. Each entry may be a CIDR
                range (e.g. '10.0.0.0/24') or a bare IP address (normalized to /32 or /128). On create, omit
                or pass null to allow all IPs. On update, omit to leave the allowlist unchanged, or pass
                "clear" to remove it. Defaults to 'no_update' on the server. One of: clear, no_update.
            third_party_disable_allowed (BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatchThirdPartyDisableAllowedType1 | bool | Unset):
                Whether the holder of this key may disable it via the self-disable endpoint. On create, omit
                or pass null to use the workspace's default (enabled for non-Enterprise plans, disabled for
                Enterprise plans). On update, omit to leave it unchanged, or pass "clear" to reset it to the
                workspace default. Only honored for workspaces with self-disable access enabled. Defaults to
                'no_update' on the server. One of: clear, no_update.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("service_account_user_id", service_account_user_id)
        check_path_parameter("api_key_id", api_key_id)
        from ...models.body_edit_service_account_api_key_v1_service_accounts_service_account_user_id_api_keys_api_key_id_patch import (
            BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatch,
        )

        kwargs = service_accounts_api_keys_update._get_kwargs(
            service_account_user_id=service_account_user_id,
            api_key_id=api_key_id,
            body=BodyEditServiceAccountApiKeyV1ServiceAccountsServiceAccountUserIdApiKeysApiKeyIdPatch(
                is_enabled=is_enabled,
                name=name,
                permissions=permissions,
                character_limit=character_limit,
                allowed_ips=allowed_ips,
                third_party_disable_allowed=third_party_disable_allowed,
            ),
        )

        return await self._requester.request(kwargs, _parse_service_accounts_api_keys_update, request_options)


class AsyncServiceAccountsApiKeysResourceWithRawResponse:
    """`AsyncServiceAccountsApiKeysResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncServiceAccountsApiKeysResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
        self.update = async_raw_response(resource.update)
