"""`GET /v1/convai/knowledge-base/summaries`: Get Knowledge Base Summaries By Ids."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.conversational_ai_knowledge_base_documents_summaries_get_response_get_knowledge_base_summaries_by_ids_v1_convai_knowledge_base_summaries_get import (
        ConversationalAiKnowledgeBaseDocumentsSummariesGetResponseGetKnowledgeBaseSummariesByIdsV1ConvaiKnowledgeBaseSummariesGet,
    )
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    document_ids: list[str],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_document_ids = document_ids

    params["document_ids"] = json_document_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/knowledge-base/summaries",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ConversationalAiKnowledgeBaseDocumentsSummariesGetResponseGetKnowledgeBaseSummariesByIdsV1ConvaiKnowledgeBaseSummariesGet
    | HttpValidationError
    | None
):
    from ...models.conversational_ai_knowledge_base_documents_summaries_get_response_get_knowledge_base_summaries_by_ids_v1_convai_knowledge_base_summaries_get import (
        ConversationalAiKnowledgeBaseDocumentsSummariesGetResponseGetKnowledgeBaseSummariesByIdsV1ConvaiKnowledgeBaseSummariesGet,
    )
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = ConversationalAiKnowledgeBaseDocumentsSummariesGetResponseGetKnowledgeBaseSummariesByIdsV1ConvaiKnowledgeBaseSummariesGet.from_dict(
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
    document_ids: list[str],
) -> (
    ConversationalAiKnowledgeBaseDocumentsSummariesGetResponseGetKnowledgeBaseSummariesByIdsV1ConvaiKnowledgeBaseSummariesGet
    | HttpValidationError
    | None
):
    """Get Knowledge Base Summaries By Ids

    Gets multiple knowledge base document summaries by their IDs.

    Args:
        document_ids (list[str]): The ids of knowledge base documents.
    """

    return sync_detailed(
        client=client,
        document_ids=document_ids,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    document_ids: list[str],
) -> Response[
    ConversationalAiKnowledgeBaseDocumentsSummariesGetResponseGetKnowledgeBaseSummariesByIdsV1ConvaiKnowledgeBaseSummariesGet
    | HttpValidationError
]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        document_ids=document_ids,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    document_ids: list[str],
) -> (
    ConversationalAiKnowledgeBaseDocumentsSummariesGetResponseGetKnowledgeBaseSummariesByIdsV1ConvaiKnowledgeBaseSummariesGet
    | HttpValidationError
    | None
):
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            document_ids=document_ids,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    document_ids: list[str],
) -> Response[
    ConversationalAiKnowledgeBaseDocumentsSummariesGetResponseGetKnowledgeBaseSummariesByIdsV1ConvaiKnowledgeBaseSummariesGet
    | HttpValidationError
]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        document_ids=document_ids,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
