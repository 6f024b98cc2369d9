"""`GET /v1/convai/conversations`: Get conversations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import errors
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.conversations_list_summary_mode import (
        ConversationsListSummaryMode,
    )
    from ...models.evaluation_success_result import EvaluationSuccessResult
    from ...models.get_conversations_page_response_model import GetConversationsPageResponseModel
    from ...types import UNSET, Unset


def _get_kwargs(
    *,
    cursor: None | str | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    call_successful: EvaluationSuccessResult | None | Unset = UNSET,
    call_start_before_unix: int | None | Unset = UNSET,
    call_start_after_unix: int | None | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    summary_mode: ConversationsListSummaryMode | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cursor: None | str | Unset = cursor

    params["cursor"] = json_cursor

    json_agent_id: None | str | Unset = agent_id

    params["agent_id"] = json_agent_id

    json_call_successful: None | str | Unset
    if isinstance(call_successful, Unset):
        json_call_successful = UNSET
    elif isinstance(call_successful, str):
        json_call_successful = call_successful
    else:
        json_call_successful = call_successful

    params["call_successful"] = json_call_successful

    json_call_start_before_unix: int | None | Unset = call_start_before_unix

    params["call_start_before_unix"] = json_call_start_before_unix

    json_call_start_after_unix: int | None | Unset = call_start_after_unix

    params["call_start_after_unix"] = json_call_start_after_unix

    json_user_id: None | str | Unset = user_id

    params["user_id"] = json_user_id

    params["page_size"] = page_size

    json_summary_mode: str | Unset = UNSET
    if not isinstance(summary_mode, Unset):
        json_summary_mode = summary_mode

    params["summary_mode"] = json_summary_mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/conversations",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetConversationsPageResponseModel | None:
    from ...models.get_conversations_page_response_model import GetConversationsPageResponseModel

    if response.status_code == 200:
        response_200 = GetConversationsPageResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | GetConversationsPageResponseModel]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    call_successful: EvaluationSuccessResult | None | Unset = UNSET,
    call_start_before_unix: int | None | Unset = UNSET,
    call_start_after_unix: int | None | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    summary_mode: ConversationsListSummaryMode | Unset = UNSET,
) -> Response[Any | GetConversationsPageResponseModel]:
    """Get conversations

     Get all conversations of agents that user owns. With option to restrict to a specific agent.

    Args:
        cursor (None | str | Unset):
        agent_id (None | str | Unset):
        call_successful (EvaluationSuccessResult | None | Unset):
        call_start_before_unix (int | None | Unset):
        call_start_after_unix (int | None | Unset):
        user_id (None | str | Unset):
        page_size (int | Unset):  Default: 30.
        summary_mode (ConversationsListSummaryMode | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetConversationsPageResponseModel]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        agent_id=agent_id,
        call_successful=call_successful,
        call_start_before_unix=call_start_before_unix,
        call_start_after_unix=call_start_after_unix,
        user_id=user_id,
        page_size=page_size,
        summary_mode=summary_mode,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    call_successful: EvaluationSuccessResult | None | Unset = UNSET,
    call_start_before_unix: int | None | Unset = UNSET,
    call_start_after_unix: int | None | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    summary_mode: ConversationsListSummaryMode | Unset = UNSET,
) -> Any | GetConversationsPageResponseModel | None:
    """Get conversations

     Get all conversations of agents that user owns. With option to restrict to a specific agent.

    Args:
        cursor (None | str | Unset):
        agent_id (None | str | Unset):
        call_successful (EvaluationSuccessResult | None | Unset):
        call_start_before_unix (int | None | Unset):
        call_start_after_unix (int | None | Unset):
        user_id (None | str | Unset):
        page_size (int | Unset):  Default: 30.
        summary_mode (ConversationsListSummaryMode | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetConversationsPageResponseModel
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        agent_id=agent_id,
        call_successful=call_successful,
        call_start_before_unix=call_start_before_unix,
        call_start_after_unix=call_start_after_unix,
        user_id=user_id,
        page_size=page_size,
        summary_mode=summary_mode,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    call_successful: EvaluationSuccessResult | None | Unset = UNSET,
    call_start_before_unix: int | None | Unset = UNSET,
    call_start_after_unix: int | None | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    summary_mode: ConversationsListSummaryMode | Unset = UNSET,
) -> Response[Any | GetConversationsPageResponseModel]:
    """Get conversations

     Get all conversations of agents that user owns. With option to restrict to a specific agent.

    Args:
        cursor (None | str | Unset):
        agent_id (None | str | Unset):
        call_successful (EvaluationSuccessResult | None | Unset):
        call_start_before_unix (int | None | Unset):
        call_start_after_unix (int | None | Unset):
        user_id (None | str | Unset):
        page_size (int | Unset):  Default: 30.
        summary_mode (ConversationsListSummaryMode | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetConversationsPageResponseModel]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        agent_id=agent_id,
        call_successful=call_successful,
        call_start_before_unix=call_start_before_unix,
        call_start_after_unix=call_start_after_unix,
        user_id=user_id,
        page_size=page_size,
        summary_mode=summary_mode,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    call_successful: EvaluationSuccessResult | None | Unset = UNSET,
    call_start_before_unix: int | None | Unset = UNSET,
    call_start_after_unix: int | None | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    page_size: int | Unset = 30,
    summary_mode: ConversationsListSummaryMode | Unset = UNSET,
) -> Any | GetConversationsPageResponseModel | None:
    """Get conversations

     Get all conversations of agents that user owns. With option to restrict to a specific agent.

    Args:
        cursor (None | str | Unset):
        agent_id (None | str | Unset):
        call_successful (EvaluationSuccessResult | None | Unset):
        call_start_before_unix (int | None | Unset):
        call_start_after_unix (int | None | Unset):
        user_id (None | str | Unset):
        page_size (int | Unset):  Default: 30.
        summary_mode (ConversationsListSummaryMode | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetConversationsPageResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            agent_id=agent_id,
            call_successful=call_successful,
            call_start_before_unix=call_start_before_unix,
            call_start_after_unix=call_start_after_unix,
            user_id=user_id,
            page_size=page_size,
            summary_mode=summary_mode,
        )
    ).parsed
