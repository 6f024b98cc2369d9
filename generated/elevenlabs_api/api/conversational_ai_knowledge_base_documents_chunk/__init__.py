"""`client.conversational_ai.knowledge_base.documents.chunk`: the operations of group `conversational_ai_knowledge_base_documents_chunk`, as methods of ConversationalAiKnowledgeBaseDocumentsChunkResource and AsyncConversationalAiKnowledgeBaseDocumentsChunkResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, TypedDict

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
from . import conversational_ai_knowledge_base_documents_chunk_get


def _parse_conversational_ai_knowledge_base_documents_chunk_get(
    response: httpx.Response,
) -> models.KnowledgeBaseDocumentChunkResponseModel:
    from ...models.knowledge_base_document_chunk_response_model import KnowledgeBaseDocumentChunkResponseModel

    response_200 = KnowledgeBaseDocumentChunkResponseModel.from_dict(loads(response.content))

    return response_200


class ConversationalAiKnowledgeBaseDocumentsChunkGetQuery(TypedDict, total=False):
    """The query parameters of `get`, for passing them on as keyword arguments."""

    embedding_model: models.EmbeddingModelEnum | None | Unset


class ConversationalAiKnowledgeBaseDocumentsChunkResource:
    """The operations of group `conversational_ai_knowledge_base_documents_chunk`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiKnowledgeBaseDocumentsChunkResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiKnowledgeBaseDocumentsChunkResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    def get(
        self,
        documentation_id: str,
        chunk_id: str,
        *,
        embedding_model: models.EmbeddingModelEnum | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.KnowledgeBaseDocumentChunkResponseModel:
        """Get Documentation Chunk From Knowledge Base

        Get details about a specific documentation part used by RAG.

        `GET /v1/convai/knowledge-base/{documentation_id}/chunk/{chunk_id}`.

        Args:
            documentation_id (str): The id of a document from the knowledge base. This is returned on
                document addition.
            chunk_id (str): The id of a document RAG chunk from the knowledge base.
            embedding_model (EmbeddingModelEnum | None | Unset): The embedding model used to retrieve
                the chunk. One of: e5_mistral_7b_instruct, multilingual_e5_large_instruct.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("documentation_id", documentation_id)
        check_path_parameter("chunk_id", chunk_id)
        kwargs = conversational_ai_knowledge_base_documents_chunk_get._get_kwargs(
            documentation_id=documentation_id,
            chunk_id=chunk_id,
            embedding_model=embedding_model,
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_documents_chunk_get, request_options
        )


class ConversationalAiKnowledgeBaseDocumentsChunkResourceWithRawResponse:
    """`ConversationalAiKnowledgeBaseDocumentsChunkResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiKnowledgeBaseDocumentsChunkResource) -> None:
        self.get = raw_response(resource.get)


class AsyncConversationalAiKnowledgeBaseDocumentsChunkResource:
    """The operations of group `conversational_ai_knowledge_base_documents_chunk`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiKnowledgeBaseDocumentsChunkResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiKnowledgeBaseDocumentsChunkResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def get(
        self,
        documentation_id: str,
        chunk_id: str,
        *,
        embedding_model: models.EmbeddingModelEnum | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.KnowledgeBaseDocumentChunkResponseModel:
        """Get Documentation Chunk From Knowledge Base

        Get details about a specific documentation part used by RAG.

        `GET /v1/convai/knowledge-base/{documentation_id}/chunk/{chunk_id}`.

        Args:
            documentation_id (str): The id of a document from the knowledge base. This is returned on
                document addition.
            chunk_id (str): The id of a document RAG chunk from the knowledge base.
            embedding_model (EmbeddingModelEnum | None | Unset): The embedding model used to retrieve
                the chunk. One of: e5_mistral_7b_instruct, multilingual_e5_large_instruct.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("documentation_id", documentation_id)
        check_path_parameter("chunk_id", chunk_id)
        kwargs = conversational_ai_knowledge_base_documents_chunk_get._get_kwargs(
            documentation_id=documentation_id,
            chunk_id=chunk_id,
            embedding_model=embedding_model,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_documents_chunk_get, request_options
        )


class AsyncConversationalAiKnowledgeBaseDocumentsChunkResourceWithRawResponse:
    """`AsyncConversationalAiKnowledgeBaseDocumentsChunkResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiKnowledgeBaseDocumentsChunkResource) -> None:
        self.get = async_raw_response(resource.get)
