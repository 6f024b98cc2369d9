"""`client.workspace.audit_logs`: the operations of group `workspace_audit_logs`, as methods of WorkspaceAuditLogsResource and AsyncWorkspaceAuditLogsResource."""

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
    raw_response,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models
from . import workspace_audit_logs_list


def _parse_workspace_audit_logs_list(response: httpx.Response) -> models.WorkspaceAuditLogsPageResponse:
    from ...models.workspace_audit_logs_page_response import WorkspaceAuditLogsPageResponse

    response_200 = WorkspaceAuditLogsPageResponse.from_dict(loads(response.content))

    return response_200


_PAGING_WORKSPACE_AUDIT_LOGS_LIST = Paging(
    items="entries",
    kind="cursor",
    more="has_more",
    next="next_cursor",
    parameter="cursor",
)


class WorkspaceAuditLogsListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    limit: int | Unset
    cursor: None | str | Unset
    time_from_unix_ms: int | None | Unset
    time_to_unix_ms: int | None | Unset
    actor_uid: None | str | Unset
    class_name: None | str | Unset
    activity_name: None | str | Unset


class WorkspaceAuditLogsResource:
    """The operations of group `workspace_audit_logs`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> WorkspaceAuditLogsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return WorkspaceAuditLogsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        time_from_unix_ms: int | None | Unset = UNSET,
        time_to_unix_ms: int | None | Unset = UNSET,
        actor_uid: None | str | Unset = UNSET,
        class_name: None | str | Unset = UNSET,
        activity_name: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.WorkspaceAuditLogsPageResponse:
        """Get Workspace Audit Logs

        Returns the audit log for the workspace. Requires enterprise tier and the audit_log_read permission.

        `GET /v1/workspace/audit-logs`.

        Args:
            limit (int | Unset): Maximum number of entries per page Defaults to 50 on the server.
            cursor (None | str | Unset): Cursor for the next page (from previous response)
            time_from_unix_ms (int | None | Unset): Only include entries at or after this time (ms since
                epoch)
            time_to_unix_ms (int | None | Unset): Only include entries at or before this time (ms since
                epoch)
            actor_uid (None | str | Unset): Filter by actor user ID
            class_name (None | str | Unset): Filter by OCSF event class name (e.g. Account Change)
            activity_name (None | str | Unset): Filter by audit activity name (e.g. Subscription
                Creation)
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = workspace_audit_logs_list._get_kwargs(
            limit=limit,
            cursor=cursor,
            time_from_unix_ms=time_from_unix_ms,
            time_to_unix_ms=time_to_unix_ms,
            actor_uid=actor_uid,
            class_name=class_name,
            activity_name=activity_name,
        )

        return self._requester.request(kwargs, _parse_workspace_audit_logs_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[WorkspaceAuditLogsListQuery],
    ) -> Iterator[models.WorkspaceAuditLogsPageResponse]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_WORKSPACE_AUDIT_LOGS_LIST)

    def iter_all(
        self,
        **query: Unpack[WorkspaceAuditLogsListQuery],
    ) -> Iterator[models.WorkspaceAuditLogEntryResponse]:
        """Every item (`entries`) of every page of `list` with these parameters."""
        for page in self.iter_pages(**query):
            yield from page.entries


class WorkspaceAuditLogsResourceWithRawResponse:
    """`WorkspaceAuditLogsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: WorkspaceAuditLogsResource) -> None:
        self.list = raw_response(resource.list)


class AsyncWorkspaceAuditLogsResource:
    """The operations of group `workspace_audit_logs`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncWorkspaceAuditLogsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncWorkspaceAuditLogsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        time_from_unix_ms: int | None | Unset = UNSET,
        time_to_unix_ms: int | None | Unset = UNSET,
        actor_uid: None | str | Unset = UNSET,
        class_name: None | str | Unset = UNSET,
        activity_name: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.WorkspaceAuditLogsPageResponse:
        """Get Workspace Audit Logs

        Returns the audit log for the workspace. Requires enterprise tier and the audit_log_read permission.

        `GET /v1/workspace/audit-logs`.

        Args:
            limit (int | Unset): Maximum number of entries per page Defaults to 50 on the server.
            cursor (None | str | Unset): Cursor for the next page (from previous response)
            time_from_unix_ms (int | None | Unset): Only include entries at or after this time (ms since
                epoch)
            time_to_unix_ms (int | None | Unset): Only include entries at or before this time (ms since
                epoch)
            actor_uid (None | str | Unset): Filter by actor user ID
            class_name (None | str | Unset): Filter by OCSF event class name (e.g. Account Change)
            activity_name (None | str | Unset): Filter by audit activity name (e.g. Subscription
                Creation)
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = workspace_audit_logs_list._get_kwargs(
            limit=limit,
            cursor=cursor,
            time_from_unix_ms=time_from_unix_ms,
            time_to_unix_ms=time_to_unix_ms,
            actor_uid=actor_uid,
            class_name=class_name,
            activity_name=activity_name,
        )

        return await self._requester.request(kwargs, _parse_workspace_audit_logs_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[WorkspaceAuditLogsListQuery],
    ) -> AsyncIterator[models.WorkspaceAuditLogsPageResponse]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_WORKSPACE_AUDIT_LOGS_LIST)

    async def iter_all(
        self,
        **query: Unpack[WorkspaceAuditLogsListQuery],
    ) -> AsyncIterator[models.WorkspaceAuditLogEntryResponse]:
        """Every item (`entries`) of every page of `list` with these parameters."""
        async for page in self.iter_pages(**query):
            for item in page.entries:
                yield item


class AsyncWorkspaceAuditLogsResourceWithRawResponse:
    """`AsyncWorkspaceAuditLogsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncWorkspaceAuditLogsResource) -> None:
        self.list = async_raw_response(resource.list)
