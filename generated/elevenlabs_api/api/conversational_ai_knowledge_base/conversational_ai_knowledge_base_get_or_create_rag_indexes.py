"""`POST /v1/convai/knowledge-base/rag-index`: Compute Rag Indexes In Batch."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_compute_rag_indexes_in_batch_v1_convai_knowledge_base_rag_index_post import (
        BodyComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost,
    )
    from ...models.conversational_ai_knowledge_base_get_or_create_rag_indexes_response_compute_rag_indexes_in_batch_v1_convai_knowledge_base_rag_index_post import (
        ConversationalAiKnowledgeBaseGetOrCreateRagIndexesResponseComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost,
    )
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    body: BodyComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/knowledge-base/rag-index",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ConversationalAiKnowledgeBaseGetOrCreateRagIndexesResponseComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost
    | HttpValidationError
    | None
):
    from ...models.conversational_ai_knowledge_base_get_or_create_rag_indexes_response_compute_rag_indexes_in_batch_v1_convai_knowledge_base_rag_index_post import (
        ConversationalAiKnowledgeBaseGetOrCreateRagIndexesResponseComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost,
    )
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = ConversationalAiKnowledgeBaseGetOrCreateRagIndexesResponseComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost,
) -> (
    ConversationalAiKnowledgeBaseGetOrCreateRagIndexesResponseComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost
    | HttpValidationError
    | None
):
    """Compute Rag Indexes In Batch

    Retrieves and/or creates RAG indexes for multiple knowledge base documents in a single request.
    Maximum 100 items per request.

    Args:
        body (BodyComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost,
) -> Response[
    ConversationalAiKnowledgeBaseGetOrCreateRagIndexesResponseComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost
    | HttpValidationError
]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost,
) -> (
    ConversationalAiKnowledgeBaseGetOrCreateRagIndexesResponseComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost
    | HttpValidationError
    | None
):
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost,
) -> Response[
    ConversationalAiKnowledgeBaseGetOrCreateRagIndexesResponseComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost
    | HttpValidationError
]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
