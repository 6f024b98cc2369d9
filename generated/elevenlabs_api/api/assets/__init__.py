"""`client.assets`: the operations of group `assets`, as methods of AssetsResource and AsyncAssetsResource."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, TypedDict, Unpack

import httpx

from ...types import UNSET, FileInput, Unset, as_file, loads
from .. import (
    AsyncRequester,
    Paging,
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
from . import assets_create, assets_delete, assets_get, assets_list


def _parse_assets_list(response: httpx.Response) -> models.AssetListResponse:
    from ...models.asset_list_response import AssetListResponse

    response_200 = AssetListResponse.from_dict(loads(response.content))

    return response_200


def _parse_assets_create(response: httpx.Response) -> models.AssetResponse:
    from ...models.asset_response import AssetResponse

    response_200 = AssetResponse.from_dict(loads(response.content))

    return response_200


def _parse_assets_get(response: httpx.Response) -> models.AssetResponse:
    from ...models.asset_response import AssetResponse

    response_200 = AssetResponse.from_dict(loads(response.content))

    return response_200


def _parse_assets_delete(response: httpx.Response) -> None:
    return None


_PAGING_ASSETS_LIST = Paging(
    items="assets",
    kind="cursor",
    more="has_more",
    next="next_cursor",
    parameter="cursor",
)


class AssetsListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    page_size: int | Unset
    cursor: None | str | Unset
    search: None | str | Unset


class AssetsResource:
    """The operations of group `assets`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AssetsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AssetsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        search: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AssetListResponse:
        """List Assets

        List assets in the workspace, most recently created first.

        `GET /v1/assets`.

        Args:
            page_size (int | Unset): Number of assets to return. Defaults to 30 on the server.
            cursor (None | str | Unset): Token from a previous response's `next_cursor`. Omit to fetch
                the first page.
            search (None | str | Unset): Optional free-text search filter over asset names.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = assets_list._get_kwargs(
            page_size=page_size,
            cursor=cursor,
            search=search,
        )

        return self._requester.request(kwargs, _parse_assets_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[AssetsListQuery],
    ) -> Iterator[models.AssetListResponse]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_ASSETS_LIST)

    def iter_all(
        self,
        **query: Unpack[AssetsListQuery],
    ) -> Iterator[models.AssetResponse]:
        """Every item (`assets`) of every page of `list` with these parameters."""
        for page in self.iter_pages(**query):
            yield from page.assets

    def create(
        self,
        asset: FileInput,
        name: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.AssetResponse:
        """Upload Asset

        Upload a new asset.

        `POST /v1/assets`.

        Args:
            asset (FileInput): The file to upload.
            name (str): Display name for the asset.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_upload_asset_v1_assets_post import BodyUploadAssetV1AssetsPost

        kwargs = assets_create._get_kwargs(
            body=BodyUploadAssetV1AssetsPost(
                asset=as_file(asset),
                name=name,
            ),
        )

        return self._requester.request(kwargs, _parse_assets_create, request_options)

    def get(
        self,
        asset_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.AssetResponse:
        """Get Asset

        Retrieve a single asset by ID.

        `GET /v1/assets/{asset_id}`.

        Args:
            asset_id (str): ID of the asset.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("asset_id", asset_id)
        kwargs = assets_get._get_kwargs(
            asset_id=asset_id,
        )

        return self._requester.request(kwargs, _parse_assets_get, request_options)

    def delete(
        self,
        asset_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete Asset

        Delete an asset by ID.

        `DELETE /v1/assets/{asset_id}`.

        Args:
            asset_id (str): ID of the asset.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("asset_id", asset_id)
        kwargs = assets_delete._get_kwargs(
            asset_id=asset_id,
        )

        return self._requester.request(kwargs, _parse_assets_delete, request_options)


class AssetsResourceWithRawResponse:
    """`AssetsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AssetsResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)


class AsyncAssetsResource:
    """The operations of group `assets`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncAssetsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncAssetsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        search: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AssetListResponse:
        """List Assets

        List assets in the workspace, most recently created first.

        `GET /v1/assets`.

        Args:
            page_size (int | Unset): Number of assets to return. Defaults to 30 on the server.
            cursor (None | str | Unset): Token from a previous response's `next_cursor`. Omit to fetch
                the first page.
            search (None | str | Unset): Optional free-text search filter over asset names.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = assets_list._get_kwargs(
            page_size=page_size,
            cursor=cursor,
            search=search,
        )

        return await self._requester.request(kwargs, _parse_assets_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[AssetsListQuery],
    ) -> AsyncIterator[models.AssetListResponse]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_ASSETS_LIST)

    async def iter_all(
        self,
        **query: Unpack[AssetsListQuery],
    ) -> AsyncIterator[models.AssetResponse]:
        """Every item (`assets`) of every page of `list` with these parameters."""
        async for page in self.iter_pages(**query):
            for item in page.assets:
                yield item

    async def create(
        self,
        asset: FileInput,
        name: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.AssetResponse:
        """Upload Asset

        Upload a new asset.

        `POST /v1/assets`.

        Args:
            asset (FileInput): The file to upload.
            name (str): Display name for the asset.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_upload_asset_v1_assets_post import BodyUploadAssetV1AssetsPost

        kwargs = assets_create._get_kwargs(
            body=BodyUploadAssetV1AssetsPost(
                asset=as_file(asset),
                name=name,
            ),
        )

        return await self._requester.request(kwargs, _parse_assets_create, request_options)

    async def get(
        self,
        asset_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.AssetResponse:
        """Get Asset

        Retrieve a single asset by ID.

        `GET /v1/assets/{asset_id}`.

        Args:
            asset_id (str): ID of the asset.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("asset_id", asset_id)
        kwargs = assets_get._get_kwargs(
            asset_id=asset_id,
        )

        return await self._requester.request(kwargs, _parse_assets_get, request_options)

    async def delete(
        self,
        asset_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete Asset

        Delete an asset by ID.

        `DELETE /v1/assets/{asset_id}`.

        Args:
            asset_id (str): ID of the asset.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("asset_id", asset_id)
        kwargs = assets_delete._get_kwargs(
            asset_id=asset_id,
        )

        return await self._requester.request(kwargs, _parse_assets_delete, request_options)


class AsyncAssetsResourceWithRawResponse:
    """`AsyncAssetsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncAssetsResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
