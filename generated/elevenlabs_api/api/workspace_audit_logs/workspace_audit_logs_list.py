"""`GET /v1/workspace/audit-logs`: Get Workspace Audit Logs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.workspace_audit_logs_page_response import WorkspaceAuditLogsPageResponse


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    time_from_unix_ms: int | None | Unset = UNSET,
    time_to_unix_ms: int | None | Unset = UNSET,
    actor_uid: None | str | Unset = UNSET,
    class_name: None | str | Unset = UNSET,
    activity_name: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset = cursor

    params["cursor"] = json_cursor

    json_time_from_unix_ms: int | None | Unset = time_from_unix_ms

    params["time_from_unix_ms"] = json_time_from_unix_ms

    json_time_to_unix_ms: int | None | Unset = time_to_unix_ms

    params["time_to_unix_ms"] = json_time_to_unix_ms

    json_actor_uid: None | str | Unset = actor_uid

    params["actor_uid"] = json_actor_uid

    json_class_name: None | str | Unset = class_name

    params["class_name"] = json_class_name

    json_activity_name: None | str | Unset = activity_name

    params["activity_name"] = json_activity_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workspace/audit-logs",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | WorkspaceAuditLogsPageResponse | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.workspace_audit_logs_page_response import WorkspaceAuditLogsPageResponse

    if response.status_code == 200:
        response_200 = WorkspaceAuditLogsPageResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    time_from_unix_ms: int | None | Unset = UNSET,
    time_to_unix_ms: int | None | Unset = UNSET,
    actor_uid: None | str | Unset = UNSET,
    class_name: None | str | Unset = UNSET,
    activity_name: None | str | Unset = UNSET,
) -> HttpValidationError | WorkspaceAuditLogsPageResponse | None:
    """Get Workspace Audit Logs

    Returns the audit log for the workspace. Requires enterprise tier and the audit_log_read permission.

    Args:
        limit (int | Unset): Maximum number of entries per page Defaults to 50 on the server.
        cursor (None | str | Unset): Cursor for the next page (from previous response)
        time_from_unix_ms (int | None | Unset): Only include entries at or after this time (ms
            since epoch)
        time_to_unix_ms (int | None | Unset): Only include entries at or before this time (ms
            since epoch)
        actor_uid (None | str | Unset): Filter by actor user ID
        class_name (None | str | Unset): Filter by OCSF event class name (e.g. Account Change)
        activity_name (None | str | Unset): Filter by audit activity name (e.g. Subscription
            Creation)
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        time_from_unix_ms=time_from_unix_ms,
        time_to_unix_ms=time_to_unix_ms,
        actor_uid=actor_uid,
        class_name=class_name,
        activity_name=activity_name,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    time_from_unix_ms: int | None | Unset = UNSET,
    time_to_unix_ms: int | None | Unset = UNSET,
    actor_uid: None | str | Unset = UNSET,
    class_name: None | str | Unset = UNSET,
    activity_name: None | str | Unset = UNSET,
) -> Response[HttpValidationError | WorkspaceAuditLogsPageResponse]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        time_from_unix_ms=time_from_unix_ms,
        time_to_unix_ms=time_to_unix_ms,
        actor_uid=actor_uid,
        class_name=class_name,
        activity_name=activity_name,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    time_from_unix_ms: int | None | Unset = UNSET,
    time_to_unix_ms: int | None | Unset = UNSET,
    actor_uid: None | str | Unset = UNSET,
    class_name: None | str | Unset = UNSET,
    activity_name: None | str | Unset = UNSET,
) -> HttpValidationError | WorkspaceAuditLogsPageResponse | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            time_from_unix_ms=time_from_unix_ms,
            time_to_unix_ms=time_to_unix_ms,
            actor_uid=actor_uid,
            class_name=class_name,
            activity_name=activity_name,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    time_from_unix_ms: int | None | Unset = UNSET,
    time_to_unix_ms: int | None | Unset = UNSET,
    actor_uid: None | str | Unset = UNSET,
    class_name: None | str | Unset = UNSET,
    activity_name: None | str | Unset = UNSET,
) -> Response[HttpValidationError | WorkspaceAuditLogsPageResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        time_from_unix_ms=time_from_unix_ms,
        time_to_unix_ms=time_to_unix_ms,
        actor_uid=actor_uid,
        class_name=class_name,
        activity_name=activity_name,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
