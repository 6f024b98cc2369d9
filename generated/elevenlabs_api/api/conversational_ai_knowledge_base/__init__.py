"""`client.conversational_ai.knowledge_base`: the operations of group `conversational_ai_knowledge_base`, as methods of ConversationalAiKnowledgeBaseResource and AsyncConversationalAiKnowledgeBaseResource."""

from __future__ import annotations

import builtins
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

# Nested groups only for type checking: each is imported when first used, so importing the client loads none.
if TYPE_CHECKING:
    from ..conversational_ai_knowledge_base_crawl_jobs import (
        AsyncConversationalAiKnowledgeBaseCrawlJobsResource,
        ConversationalAiKnowledgeBaseCrawlJobsResource,
    )
    from ..conversational_ai_knowledge_base_document import (
        AsyncConversationalAiKnowledgeBaseDocumentResource,
        ConversationalAiKnowledgeBaseDocumentResource,
    )
    from ..conversational_ai_knowledge_base_documents import (
        AsyncConversationalAiKnowledgeBaseDocumentsResource,
        ConversationalAiKnowledgeBaseDocumentsResource,
    )
from . import (
    conversational_ai_knowledge_base_get_or_create_rag_indexes,
    conversational_ai_knowledge_base_list,
    conversational_ai_knowledge_base_search,
)


def _parse_conversational_ai_knowledge_base_list(response: httpx.Response) -> models.GetKnowledgeBaseListResponseModel:
    from ...models.get_knowledge_base_list_response_model import GetKnowledgeBaseListResponseModel

    response_200 = GetKnowledgeBaseListResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_knowledge_base_get_or_create_rag_indexes(
    response: httpx.Response,
) -> models.ConversationalAiKnowledgeBaseGetOrCreateRagIndexesResponseComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost:
    from ...models.conversational_ai_knowledge_base_get_or_create_rag_indexes_response_compute_rag_indexes_in_batch_v1_convai_knowledge_base_rag_index_post import (
        ConversationalAiKnowledgeBaseGetOrCreateRagIndexesResponseComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost,
    )

    response_200 = ConversationalAiKnowledgeBaseGetOrCreateRagIndexesResponseComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost.from_dict(
        loads(response.content)
    )

    return response_200


def _parse_conversational_ai_knowledge_base_search(
    response: httpx.Response,
) -> models.KnowledgeBaseContentSearchResponseModel:
    from ...models.knowledge_base_content_search_response_model import KnowledgeBaseContentSearchResponseModel

    response_200 = KnowledgeBaseContentSearchResponseModel.from_dict(loads(response.content))

    return response_200


_PAGING_CONVERSATIONAL_AI_KNOWLEDGE_BASE_LIST = Paging(
    items="documents",
    kind="cursor",
    more="has_more",
    next="next_cursor",
    parameter="cursor",
)
_PAGING_CONVERSATIONAL_AI_KNOWLEDGE_BASE_SEARCH = Paging(
    items="results",
    kind="cursor",
    next="next_cursor",
    parameter="cursor",
)


class ConversationalAiKnowledgeBaseListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    page_size: int | Unset
    search: None | str | Unset
    show_only_owned_documents: bool | Unset
    created_by_user_id: None | str | Unset
    types: builtins.list[models.KnowledgeBaseDocumentType] | None | Unset
    parent_folder_id: None | str | Unset
    ancestor_folder_id: None | str | Unset
    folders_first: bool | Unset
    sort_direction: models.SortDirection | Unset
    sort_by: models.KnowledgeBaseSortBy | None | Unset
    cursor: None | str | Unset


class ConversationalAiKnowledgeBaseSearchQuery(TypedDict, total=False):
    """The query parameters of `search`, for passing them on as keyword arguments."""

    query: str
    page_size: int | Unset
    types: builtins.list[models.KnowledgeBaseDocumentType] | None | Unset
    cursor: None | str | Unset


class ConversationalAiKnowledgeBaseResource:
    """The operations of group `conversational_ai_knowledge_base`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiKnowledgeBaseResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiKnowledgeBaseResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    @functools.cached_property
    def crawl_jobs(self) -> ConversationalAiKnowledgeBaseCrawlJobsResource:
        """`conversational_ai_knowledge_base_crawl_jobs` operations."""
        from ..conversational_ai_knowledge_base_crawl_jobs import ConversationalAiKnowledgeBaseCrawlJobsResource

        return ConversationalAiKnowledgeBaseCrawlJobsResource(self._requester)

    @functools.cached_property
    def document(self) -> ConversationalAiKnowledgeBaseDocumentResource:
        """`conversational_ai_knowledge_base_document` operations."""
        from ..conversational_ai_knowledge_base_document import ConversationalAiKnowledgeBaseDocumentResource

        return ConversationalAiKnowledgeBaseDocumentResource(self._requester)

    @functools.cached_property
    def documents(self) -> ConversationalAiKnowledgeBaseDocumentsResource:
        """`conversational_ai_knowledge_base_documents` operations and groups."""
        from ..conversational_ai_knowledge_base_documents import ConversationalAiKnowledgeBaseDocumentsResource

        return ConversationalAiKnowledgeBaseDocumentsResource(self._requester)

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        search: None | str | Unset = UNSET,
        show_only_owned_documents: bool | Unset = UNSET,
        created_by_user_id: None | str | Unset = UNSET,
        types: builtins.list[models.KnowledgeBaseDocumentType] | None | Unset = UNSET,
        parent_folder_id: None | str | Unset = UNSET,
        ancestor_folder_id: None | str | Unset = UNSET,
        folders_first: bool | Unset = UNSET,
        sort_direction: models.SortDirection | Unset = UNSET,
        sort_by: models.KnowledgeBaseSortBy | None | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetKnowledgeBaseListResponseModel:
        """Get Knowledge Base List

        Get a list of available knowledge base documents

        `GET /v1/convai/knowledge-base`.

        Args:
            page_size (int | Unset): How many documents to return at maximum. Can not exceed 100,
                defaults to 30. Defaults to 30 on the server.
            search (None | str | Unset): If specified, the endpoint returns only such knowledge base
                documents whose names start with this string.
            show_only_owned_documents (bool | Unset): If set to true, the endpoint will return only
                documents owned by you (and not shared from somebody else). Deprecated: use
                created_by_user_id instead. Defaults to False on the server.
            created_by_user_id (None | str | Unset): Filter documents by creator user ID. When set, only
                documents created by this user are returned. Takes precedence over
                show_only_owned_documents. Use '@me' to refer to the authenticated user.
            types (list[KnowledgeBaseDocumentType] | None | Unset): If present, the endpoint will return
                only documents of the given types.
            parent_folder_id (None | str | Unset): If set, the endpoint will return only documents that
                are direct children of the given folder.
            ancestor_folder_id (None | str | Unset): If set, the endpoint will return only documents
                that are descendants of the given folder.
            folders_first (bool | Unset): Whether folders should be returned first in the list of
                documents. Defaults to False on the server.
            sort_direction (SortDirection | Unset):  One of: asc, desc.
            sort_by (KnowledgeBaseSortBy | None | Unset): The field to sort the results by One of:
                created_at, name, size, updated_at.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_knowledge_base_list._get_kwargs(
            page_size=page_size,
            search=search,
            show_only_owned_documents=show_only_owned_documents,
            created_by_user_id=created_by_user_id,
            types=types,
            parent_folder_id=parent_folder_id,
            ancestor_folder_id=ancestor_folder_id,
            folders_first=folders_first,
            sort_direction=sort_direction,
            sort_by=sort_by,
            cursor=cursor,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_knowledge_base_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[ConversationalAiKnowledgeBaseListQuery],
    ) -> Iterator[models.GetKnowledgeBaseListResponseModel]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_CONVERSATIONAL_AI_KNOWLEDGE_BASE_LIST)

    def iter_all(
        self,
        **query: Unpack[ConversationalAiKnowledgeBaseListQuery],
    ) -> Iterator[
        models.GetKnowledgeBaseSummaryFileResponseModel
        | models.GetKnowledgeBaseSummaryFolderResponseModel
        | models.GetKnowledgeBaseSummaryTextResponseModel
        | models.GetKnowledgeBaseSummaryUrlResponseModel
        | models.UnknownVariant
    ]:
        """Every item (`documents`) of every page of `list` with these parameters."""
        for page in self.iter_pages(**query):
            yield from page.documents

    def get_or_create_rag_indexes(
        self,
        items: builtins.list[models.GetOrCreateRagIndexRequestModel],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ConversationalAiKnowledgeBaseGetOrCreateRagIndexesResponseComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost:
        """Compute Rag Indexes In Batch

        Retrieves and/or creates RAG indexes for multiple knowledge base documents in a single request.
        Maximum 100 items per request.

        `POST /v1/convai/knowledge-base/rag-index`.

        Args:
            items (list[GetOrCreateRagIndexRequestModel]): List of requested RAG indexes. Minimum 1,
                maximum 100 items.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_compute_rag_indexes_in_batch_v1_convai_knowledge_base_rag_index_post import (
            BodyComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost,
        )

        kwargs = conversational_ai_knowledge_base_get_or_create_rag_indexes._get_kwargs(
            body=BodyComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost(
                items=items,
            ),
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_get_or_create_rag_indexes, request_options
        )

    def search(
        self,
        *,
        query: str,
        page_size: int | Unset = UNSET,
        types: builtins.list[models.KnowledgeBaseDocumentType] | None | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.KnowledgeBaseContentSearchResponseModel:
        """Search Knowledge Base Content

        Fuzzy text search over knowledge base document content

        `GET /v1/convai/knowledge-base/search`.

        Args:
            query (str): The search query text
            page_size (int | Unset): How many documents to return at maximum. Can not exceed 100,
                defaults to 30. Defaults to 30 on the server.
            types (list[KnowledgeBaseDocumentType] | None | Unset): If present, the endpoint will return
                only documents of the given types.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_knowledge_base_search._get_kwargs(
            query=query,
            page_size=page_size,
            types=types,
            cursor=cursor,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_knowledge_base_search, request_options)

    def iter_search_pages(
        self,
        **query: Unpack[ConversationalAiKnowledgeBaseSearchQuery],
    ) -> Iterator[models.KnowledgeBaseContentSearchResponseModel]:
        """Every page of `search` with these parameters, sending `next_cursor` back as `cursor`."""
        return self._requester.pages(self.search, query, _PAGING_CONVERSATIONAL_AI_KNOWLEDGE_BASE_SEARCH)

    def iter_search(
        self,
        **query: Unpack[ConversationalAiKnowledgeBaseSearchQuery],
    ) -> Iterator[models.KnowledgeBaseContentSearchResult]:
        """Every item (`results`) of every page of `search` with these parameters."""
        for page in self.iter_search_pages(**query):
            yield from page.results


class ConversationalAiKnowledgeBaseResourceWithRawResponse:
    """`ConversationalAiKnowledgeBaseResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiKnowledgeBaseResource) -> None:
        self.list = raw_response(resource.list)
        self.get_or_create_rag_indexes = raw_response(resource.get_or_create_rag_indexes)
        self.search = raw_response(resource.search)


class AsyncConversationalAiKnowledgeBaseResource:
    """The operations of group `conversational_ai_knowledge_base`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiKnowledgeBaseResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiKnowledgeBaseResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    @functools.cached_property
    def crawl_jobs(self) -> AsyncConversationalAiKnowledgeBaseCrawlJobsResource:
        """`conversational_ai_knowledge_base_crawl_jobs` operations."""
        from ..conversational_ai_knowledge_base_crawl_jobs import AsyncConversationalAiKnowledgeBaseCrawlJobsResource

        return AsyncConversationalAiKnowledgeBaseCrawlJobsResource(self._requester)

    @functools.cached_property
    def document(self) -> AsyncConversationalAiKnowledgeBaseDocumentResource:
        """`conversational_ai_knowledge_base_document` operations."""
        from ..conversational_ai_knowledge_base_document import AsyncConversationalAiKnowledgeBaseDocumentResource

        return AsyncConversationalAiKnowledgeBaseDocumentResource(self._requester)

    @functools.cached_property
    def documents(self) -> AsyncConversationalAiKnowledgeBaseDocumentsResource:
        """`conversational_ai_knowledge_base_documents` operations and groups."""
        from ..conversational_ai_knowledge_base_documents import AsyncConversationalAiKnowledgeBaseDocumentsResource

        return AsyncConversationalAiKnowledgeBaseDocumentsResource(self._requester)

    async def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        search: None | str | Unset = UNSET,
        show_only_owned_documents: bool | Unset = UNSET,
        created_by_user_id: None | str | Unset = UNSET,
        types: builtins.list[models.KnowledgeBaseDocumentType] | None | Unset = UNSET,
        parent_folder_id: None | str | Unset = UNSET,
        ancestor_folder_id: None | str | Unset = UNSET,
        folders_first: bool | Unset = UNSET,
        sort_direction: models.SortDirection | Unset = UNSET,
        sort_by: models.KnowledgeBaseSortBy | None | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetKnowledgeBaseListResponseModel:
        """Get Knowledge Base List

        Get a list of available knowledge base documents

        `GET /v1/convai/knowledge-base`.

        Args:
            page_size (int | Unset): How many documents to return at maximum. Can not exceed 100,
                defaults to 30. Defaults to 30 on the server.
            search (None | str | Unset): If specified, the endpoint returns only such knowledge base
                documents whose names start with this string.
            show_only_owned_documents (bool | Unset): If set to true, the endpoint will return only
                documents owned by you (and not shared from somebody else). Deprecated: use
                created_by_user_id instead. Defaults to False on the server.
            created_by_user_id (None | str | Unset): Filter documents by creator user ID. When set, only
                documents created by this user are returned. Takes precedence over
                show_only_owned_documents. Use '@me' to refer to the authenticated user.
            types (list[KnowledgeBaseDocumentType] | None | Unset): If present, the endpoint will return
                only documents of the given types.
            parent_folder_id (None | str | Unset): If set, the endpoint will return only documents that
                are direct children of the given folder.
            ancestor_folder_id (None | str | Unset): If set, the endpoint will return only documents
                that are descendants of the given folder.
            folders_first (bool | Unset): Whether folders should be returned first in the list of
                documents. Defaults to False on the server.
            sort_direction (SortDirection | Unset):  One of: asc, desc.
            sort_by (KnowledgeBaseSortBy | None | Unset): The field to sort the results by One of:
                created_at, name, size, updated_at.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_knowledge_base_list._get_kwargs(
            page_size=page_size,
            search=search,
            show_only_owned_documents=show_only_owned_documents,
            created_by_user_id=created_by_user_id,
            types=types,
            parent_folder_id=parent_folder_id,
            ancestor_folder_id=ancestor_folder_id,
            folders_first=folders_first,
            sort_direction=sort_direction,
            sort_by=sort_by,
            cursor=cursor,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_knowledge_base_list, request_options)

    def iter_pages(
        self,
        **query: Unpack[ConversationalAiKnowledgeBaseListQuery],
    ) -> AsyncIterator[models.GetKnowledgeBaseListResponseModel]:
        """Every page of `list` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(self.list, query, _PAGING_CONVERSATIONAL_AI_KNOWLEDGE_BASE_LIST)

    async def iter_all(
        self,
        **query: Unpack[ConversationalAiKnowledgeBaseListQuery],
    ) -> AsyncIterator[
        models.GetKnowledgeBaseSummaryFileResponseModel
        | models.GetKnowledgeBaseSummaryFolderResponseModel
        | models.GetKnowledgeBaseSummaryTextResponseModel
        | models.GetKnowledgeBaseSummaryUrlResponseModel
        | models.UnknownVariant
    ]:
        """Every item (`documents`) of every page of `list` with these parameters."""
        async for page in self.iter_pages(**query):
            for item in page.documents:
                yield item

    async def get_or_create_rag_indexes(
        self,
        items: builtins.list[models.GetOrCreateRagIndexRequestModel],
        *,
        request_options: RequestOptions | None = None,
    ) -> models.ConversationalAiKnowledgeBaseGetOrCreateRagIndexesResponseComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost:
        """Compute Rag Indexes In Batch

        Retrieves and/or creates RAG indexes for multiple knowledge base documents in a single request.
        Maximum 100 items per request.

        `POST /v1/convai/knowledge-base/rag-index`.

        Args:
            items (list[GetOrCreateRagIndexRequestModel]): List of requested RAG indexes. Minimum 1,
                maximum 100 items.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_compute_rag_indexes_in_batch_v1_convai_knowledge_base_rag_index_post import (
            BodyComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost,
        )

        kwargs = conversational_ai_knowledge_base_get_or_create_rag_indexes._get_kwargs(
            body=BodyComputeRagIndexesInBatchV1ConvaiKnowledgeBaseRagIndexPost(
                items=items,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_get_or_create_rag_indexes, request_options
        )

    async def search(
        self,
        *,
        query: str,
        page_size: int | Unset = UNSET,
        types: builtins.list[models.KnowledgeBaseDocumentType] | None | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.KnowledgeBaseContentSearchResponseModel:
        """Search Knowledge Base Content

        Fuzzy text search over knowledge base document content

        `GET /v1/convai/knowledge-base/search`.

        Args:
            query (str): The search query text
            page_size (int | Unset): How many documents to return at maximum. Can not exceed 100,
                defaults to 30. Defaults to 30 on the server.
            types (list[KnowledgeBaseDocumentType] | None | Unset): If present, the endpoint will return
                only documents of the given types.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_knowledge_base_search._get_kwargs(
            query=query,
            page_size=page_size,
            types=types,
            cursor=cursor,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_knowledge_base_search, request_options)

    def iter_search_pages(
        self,
        **query: Unpack[ConversationalAiKnowledgeBaseSearchQuery],
    ) -> AsyncIterator[models.KnowledgeBaseContentSearchResponseModel]:
        """Every page of `search` with these parameters, sending `next_cursor` back as `cursor`."""
        return self._requester.pages(self.search, query, _PAGING_CONVERSATIONAL_AI_KNOWLEDGE_BASE_SEARCH)

    async def iter_search(
        self,
        **query: Unpack[ConversationalAiKnowledgeBaseSearchQuery],
    ) -> AsyncIterator[models.KnowledgeBaseContentSearchResult]:
        """Every item (`results`) of every page of `search` with these parameters."""
        async for page in self.iter_search_pages(**query):
            for item in page.results:
                yield item


class AsyncConversationalAiKnowledgeBaseResourceWithRawResponse:
    """`AsyncConversationalAiKnowledgeBaseResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiKnowledgeBaseResource) -> None:
        self.list = async_raw_response(resource.list)
        self.get_or_create_rag_indexes = async_raw_response(resource.get_or_create_rag_indexes)
        self.search = async_raw_response(resource.search)
