"""`client.workspace.analytics.requests`: the operations of group `workspace_analytics_requests`, as methods of WorkspaceAnalyticsRequestsResource and AsyncWorkspaceAnalyticsRequestsResource."""

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
from . import workspace_analytics_requests_get


def _parse_workspace_analytics_requests_get(response: httpx.Response) -> models.WorkspaceAnalyticsQueryResponseModel:
    from ...models.workspace_analytics_query_response_model import WorkspaceAnalyticsQueryResponseModel

    response_200 = WorkspaceAnalyticsQueryResponseModel.from_dict(loads(response.content))

    return response_200


class WorkspaceAnalyticsRequestsResource:
    """The operations of group `workspace_analytics_requests`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> WorkspaceAnalyticsRequestsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return WorkspaceAnalyticsRequestsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def get(
        self,
        *,
        start_time: int | None | Unset = UNSET,
        end_time: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort: models.BodyListApiRequestsV1WorkspaceAnalyticsRequestsPostSortType0 | None | Unset = UNSET,
        filters: builtins.list[models.ColumnFilter] | None | Unset = UNSET,
        search: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.WorkspaceAnalyticsQueryResponseModel:
        """List Api Requests

        Returns a list of API requests. Supports filtering by time range, column filters, and search terms.
        At least one of start_time or end_time must be provided. An optional sort parameter controls
        timestamp ordering. Results are ordered by timestamp. Descending if end_time is used, ascending if
        start_time is used. The response is a tabular structure with columns, column_types, column_units,
        and rows.

        `POST /v1/workspace/analytics/requests`.

        Args:
            start_time (int | None | Unset): Start of the time range as a Unix timestamp in
                milliseconds.
            end_time (int | None | Unset): End of the time range as a Unix timestamp in milliseconds.
            limit (int | Unset): Defaults to 100 on the server.
            sort (BodyListApiRequestsV1WorkspaceAnalyticsRequestsPostSortType0 | None | Unset): Optional
                timestamp sort direction. If omitted, defaults to desc when end_time is provided, otherwise
                asc. One of: asc, desc.
            filters (list[ColumnFilter] | None | Unset):
            search (None | str | Unset):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_list_api_requests_v1_workspace_analytics_requests_post import (
            BodyListApiRequestsV1WorkspaceAnalyticsRequestsPost,
        )

        kwargs = workspace_analytics_requests_get._get_kwargs(
            body=BodyListApiRequestsV1WorkspaceAnalyticsRequestsPost(
                start_time=start_time,
                end_time=end_time,
                limit=limit,
                sort=sort,
                filters=filters,
                search=search,
            ),
        )

        return self._requester.request(kwargs, _parse_workspace_analytics_requests_get, request_options)


class WorkspaceAnalyticsRequestsResourceWithRawResponse:
    """`WorkspaceAnalyticsRequestsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: WorkspaceAnalyticsRequestsResource) -> None:
        self.get = raw_response(resource.get)


class AsyncWorkspaceAnalyticsRequestsResource:
    """The operations of group `workspace_analytics_requests`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncWorkspaceAnalyticsRequestsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncWorkspaceAnalyticsRequestsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def get(
        self,
        *,
        start_time: int | None | Unset = UNSET,
        end_time: int | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        sort: models.BodyListApiRequestsV1WorkspaceAnalyticsRequestsPostSortType0 | None | Unset = UNSET,
        filters: builtins.list[models.ColumnFilter] | None | Unset = UNSET,
        search: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.WorkspaceAnalyticsQueryResponseModel:
        """List Api Requests

        Returns a list of API requests. Supports filtering by time range, column filters, and search terms.
        At least one of start_time or end_time must be provided. An optional sort parameter controls
        timestamp ordering. Results are ordered by timestamp. Descending if end_time is used, ascending if
        start_time is used. The response is a tabular structure with columns, column_types, column_units,
        and rows.

        `POST /v1/workspace/analytics/requests`.

        Args:
            start_time (int | None | Unset): Start of the time range as a Unix timestamp in
                milliseconds.
            end_time (int | None | Unset): End of the time range as a Unix timestamp in milliseconds.
            limit (int | Unset): Defaults to 100 on the server.
            sort (BodyListApiRequestsV1WorkspaceAnalyticsRequestsPostSortType0 | None | Unset): Optional
                timestamp sort direction. If omitted, defaults to desc when end_time is provided, otherwise
                asc. One of: asc, desc.
            filters (list[ColumnFilter] | None | Unset):
            search (None | str | Unset):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_list_api_requests_v1_workspace_analytics_requests_post import (
            BodyListApiRequestsV1WorkspaceAnalyticsRequestsPost,
        )

        kwargs = workspace_analytics_requests_get._get_kwargs(
            body=BodyListApiRequestsV1WorkspaceAnalyticsRequestsPost(
                start_time=start_time,
                end_time=end_time,
                limit=limit,
                sort=sort,
                filters=filters,
                search=search,
            ),
        )

        return await self._requester.request(kwargs, _parse_workspace_analytics_requests_get, request_options)


class AsyncWorkspaceAnalyticsRequestsResourceWithRawResponse:
    """`AsyncWorkspaceAnalyticsRequestsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncWorkspaceAnalyticsRequestsResource) -> None:
        self.get = async_raw_response(resource.get)
