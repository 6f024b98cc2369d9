"""`POST /v1/convai/conversations/{conversation_id}/analysis/evaluations/run`: Run Conversation Evaluation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_conversation_response_model import GetConversationResponseModel
    from ...models.http_validation_error import HttpValidationError
    from ...models.run_conversation_evaluations_request import RunConversationEvaluationsRequest


def _get_kwargs(
    conversation_id: str,
    *,
    body: RunConversationEvaluationsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/conversations/{conversation_id}/analysis/evaluations/run".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetConversationResponseModel | HttpValidationError | None:
    from ...models.get_conversation_response_model import GetConversationResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetConversationResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    body: RunConversationEvaluationsRequest,
) -> GetConversationResponseModel | HttpValidationError | None:
    """Run Conversation Evaluation

    Rerun a specific evaluation for a conversation.

    Args:
        conversation_id (str): ID of the conversation
        body (RunConversationEvaluationsRequest):
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    body: RunConversationEvaluationsRequest,
) -> Response[GetConversationResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    body: RunConversationEvaluationsRequest,
) -> GetConversationResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    body: RunConversationEvaluationsRequest,
) -> Response[GetConversationResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
