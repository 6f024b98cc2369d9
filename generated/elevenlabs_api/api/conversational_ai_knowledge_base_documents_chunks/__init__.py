"""`client.conversational_ai.knowledge_base.documents.chunks`: the operations of group `conversational_ai_knowledge_base_documents_chunks`, as methods of ConversationalAiKnowledgeBaseDocumentsChunksResource and AsyncConversationalAiKnowledgeBaseDocumentsChunksResource."""

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
    check_path_parameter,
    raw_response,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models
from . import conversational_ai_knowledge_base_documents_chunks_list


def _parse_conversational_ai_knowledge_base_documents_chunks_list(
    response: httpx.Response,
) -> models.KnowledgeBaseDocumentChunksResponseModel:
    from ...models.knowledge_base_document_chunks_response_model import KnowledgeBaseDocumentChunksResponseModel

    response_200 = KnowledgeBaseDocumentChunksResponseModel.from_dict(loads(response.content))

    return response_200


_PAGING_CONVERSATIONAL_AI_KNOWLEDGE_BASE_DOCUMENTS_CHUNKS_LIST = Paging(
    items="chunks",
    kind="cursor",
    next="next_cursor",
    parameter="cursor",
)


class ConversationalAiKnowledgeBaseDocumentsChunksListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    embedding_model: models.EmbeddingModelEnum
    page_size: int | Unset
    cursor: None | str | Unset


class ConversationalAiKnowledgeBaseDocumentsChunksResource:
    """The operations of group `conversational_ai_knowledge_base_documents_chunks`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiKnowledgeBaseDocumentsChunksResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiKnowledgeBaseDocumentsChunksResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    def list(
        self,
        documentation_id: str,
        *,
        embedding_model: models.EmbeddingModelEnum,
        page_size: int | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.KnowledgeBaseDocumentChunksResponseModel:
        """Get All Rag Chunks For A Document

        Get all RAG chunks for a specific knowledge base document.

        `GET /v1/convai/knowledge-base/{documentation_id}/chunks`.

        Args:
            documentation_id (str): The id of a document from the knowledge base. This is returned on
                document addition.
            embedding_model (EmbeddingModelEnum):  One of: e5_mistral_7b_instruct,
                multilingual_e5_large_instruct.
            page_size (int | Unset): How many documents to return at maximum. Can not exceed 100,
                defaults to 30. Defaults to 30 on the server.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
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

    def iter_pages(
        self,
        documentation_id: str,
        **query: Unpack[ConversationalAiKnowledgeBaseDocumentsChunksListQuery],
    ) -> Iterator[models.KnowledgeBaseDocumentChunksResponseModel]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor`."""
        return self._requester.pages(
            functools.partial(self.list, documentation_id),
            query,
            _PAGING_CONVERSATIONAL_AI_KNOWLEDGE_BASE_DOCUMENTS_CHUNKS_LIST,
        )

    def iter_all(
        self,
        documentation_id: str,
        **query: Unpack[ConversationalAiKnowledgeBaseDocumentsChunksListQuery],
    ) -> Iterator[models.KnowledgeBaseDocumentChunkResponseModel]:
        """Every item (`chunks`) of every page of `list` with these parameters."""
        for page in self.iter_pages(documentation_id, **query):
            yield from page.chunks


class ConversationalAiKnowledgeBaseDocumentsChunksResourceWithRawResponse:
    """`ConversationalAiKnowledgeBaseDocumentsChunksResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiKnowledgeBaseDocumentsChunksResource) -> None:
        self.list = raw_response(resource.list)


class AsyncConversationalAiKnowledgeBaseDocumentsChunksResource:
    """The operations of group `conversational_ai_knowledge_base_documents_chunks`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiKnowledgeBaseDocumentsChunksResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiKnowledgeBaseDocumentsChunksResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def list(
        self,
        documentation_id: str,
        *,
        embedding_model: models.EmbeddingModelEnum,
        page_size: int | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.KnowledgeBaseDocumentChunksResponseModel:
        """Get All Rag Chunks For A Document

        Get all RAG chunks for a specific knowledge base document.

        `GET /v1/convai/knowledge-base/{documentation_id}/chunks`.

        Args:
            documentation_id (str): The id of a document from the knowledge base. This is returned on
                document addition.
            embedding_model (EmbeddingModelEnum):  One of: e5_mistral_7b_instruct,
                multilingual_e5_large_instruct.
            page_size (int | Unset): How many documents to return at maximum. Can not exceed 100,
                defaults to 30. Defaults to 30 on the server.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
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

    def iter_pages(
        self,
        documentation_id: str,
        **query: Unpack[ConversationalAiKnowledgeBaseDocumentsChunksListQuery],
    ) -> AsyncIterator[models.KnowledgeBaseDocumentChunksResponseModel]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor`."""
        return self._requester.pages(
            functools.partial(self.list, documentation_id),
            query,
            _PAGING_CONVERSATIONAL_AI_KNOWLEDGE_BASE_DOCUMENTS_CHUNKS_LIST,
        )

    async def iter_all(
        self,
        documentation_id: str,
        **query: Unpack[ConversationalAiKnowledgeBaseDocumentsChunksListQuery],
    ) -> AsyncIterator[models.KnowledgeBaseDocumentChunkResponseModel]:
        """Every item (`chunks`) of every page of `list` with these parameters."""
        async for page in self.iter_pages(documentation_id, **query):
            for item in page.chunks:
                yield item


class AsyncConversationalAiKnowledgeBaseDocumentsChunksResourceWithRawResponse:
    """`AsyncConversationalAiKnowledgeBaseDocumentsChunksResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiKnowledgeBaseDocumentsChunksResource) -> None:
        self.list = async_raw_response(resource.list)
