"""`client.conversational_ai.knowledge_base.documents.chunks`: the operations of group `conversational_ai_knowledge_base_documents_chunks`, as methods of ConversationalAiKnowledgeBaseDocumentsChunksResource and AsyncConversationalAiKnowledgeBaseDocumentsChunksResource."""

from __future__ import annotations

import builtins
import functools
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, TypedDict, cast

import httpx

from ...types import UNSET, FileInput, Unset, as_file
from .. import (
    AsyncBinaryStream,
    AsyncObjectStream,
    AsyncRequester,
    BinaryStream,
    Requester,
    RequestOptions,
    check_path_parameter,
)

# Models and nested groups only for type checking: they are imported where they are used, so importing
# the client loads none.
if TYPE_CHECKING:
    from typing import cast

    from ...models.embedding_model_enum import EmbeddingModelEnum
    from ...models.http_validation_error import HTTPValidationError
    from ...models.knowledge_base_document_chunks_response_model import KnowledgeBaseDocumentChunksResponseModel
from . import conversational_ai_knowledge_base_documents_chunks_list


def _parse_conversational_ai_knowledge_base_documents_chunks_list(
    response: httpx.Response,
) -> KnowledgeBaseDocumentChunksResponseModel:
    from ...models.embedding_model_enum import EmbeddingModelEnum, check_embedding_model_enum
    from ...models.http_validation_error import HTTPValidationError
    from ...models.knowledge_base_document_chunks_response_model import KnowledgeBaseDocumentChunksResponseModel

    response_200 = KnowledgeBaseDocumentChunksResponseModel.from_dict(response.json())

    return response_200


class ConversationalAiKnowledgeBaseDocumentsChunksListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    embedding_model: EmbeddingModelEnum
    page_size: int | Unset
    cursor: None | str | Unset


class ConversationalAiKnowledgeBaseDocumentsChunksResource:
    """The operations of group `conversational_ai_knowledge_base_documents_chunks`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        documentation_id: str,
        *,
        embedding_model: EmbeddingModelEnum,
        page_size: int | Unset = 30,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> KnowledgeBaseDocumentChunksResponseModel:
        """Get All Rag Chunks For A Document

        Get all RAG chunks for a specific knowledge base document.

        `GET /v1/convai/knowledge-base/{documentation_id}/chunks`.
        """

        check_path_parameter("documentation_id", documentation_id)
        kwargs = conversational_ai_knowledge_base_documents_chunks_list._get_kwargs(
            documentation_id=documentation_id,
            embedding_model=embedding_model,
            page_size=page_size,
            cursor=cursor,
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_documents_chunks_list, request_options
        )


class AsyncConversationalAiKnowledgeBaseDocumentsChunksResource:
    """The operations of group `conversational_ai_knowledge_base_documents_chunks`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(
        self,
        documentation_id: str,
        *,
        embedding_model: EmbeddingModelEnum,
        page_size: int | Unset = 30,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> KnowledgeBaseDocumentChunksResponseModel:
        """Get All Rag Chunks For A Document

        Get all RAG chunks for a specific knowledge base document.

        `GET /v1/convai/knowledge-base/{documentation_id}/chunks`.
        """

        check_path_parameter("documentation_id", documentation_id)
        kwargs = conversational_ai_knowledge_base_documents_chunks_list._get_kwargs(
            documentation_id=documentation_id,
            embedding_model=embedding_model,
            page_size=page_size,
            cursor=cursor,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_documents_chunks_list, request_options
        )
