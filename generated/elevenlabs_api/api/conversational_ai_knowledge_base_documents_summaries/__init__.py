"""`client.conversational_ai.knowledge_base.documents.summaries`: the operations of group `conversational_ai_knowledge_base_documents_summaries`, as methods of ConversationalAiKnowledgeBaseDocumentsSummariesResource and AsyncConversationalAiKnowledgeBaseDocumentsSummariesResource."""

from __future__ import annotations

import builtins
import functools
from typing import TYPE_CHECKING, TypedDict

import httpx

from ...types import loads
from .. import (
    AsyncRequester,
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
from . import conversational_ai_knowledge_base_documents_summaries_get


def _parse_conversational_ai_knowledge_base_documents_summaries_get(
    response: httpx.Response,
) -> models.ConversationalAiKnowledgeBaseDocumentsSummariesGetResponseGetKnowledgeBaseSummariesByIdsV1ConvaiKnowledgeBaseSummariesGet:
    from ...models.conversational_ai_knowledge_base_documents_summaries_get_response_get_knowledge_base_summaries_by_ids_v1_convai_knowledge_base_summaries_get import (
        ConversationalAiKnowledgeBaseDocumentsSummariesGetResponseGetKnowledgeBaseSummariesByIdsV1ConvaiKnowledgeBaseSummariesGet,
    )

    response_200 = ConversationalAiKnowledgeBaseDocumentsSummariesGetResponseGetKnowledgeBaseSummariesByIdsV1ConvaiKnowledgeBaseSummariesGet.from_dict(
        loads(response.content)
    )

    return response_200


class ConversationalAiKnowledgeBaseDocumentsSummariesGetQuery(TypedDict, total=False):
    """The query parameters of `get`, for passing them on as keyword arguments."""

    document_ids: builtins.list[str]


class ConversationalAiKnowledgeBaseDocumentsSummariesResource:
    """The operations of group `conversational_ai_knowledge_base_documents_summaries`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiKnowledgeBaseDocumentsSummariesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiKnowledgeBaseDocumentsSummariesResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    def get(
        self,
        *,
        document_ids: builtins.list[str],
        request_options: RequestOptions | None = None,
    ) -> models.ConversationalAiKnowledgeBaseDocumentsSummariesGetResponseGetKnowledgeBaseSummariesByIdsV1ConvaiKnowledgeBaseSummariesGet:
        """Get Knowledge Base Summaries By Ids

        Gets multiple knowledge base document summaries by their IDs.

        `GET /v1/convai/knowledge-base/summaries`.

        Args:
            document_ids (list[str]): The ids of knowledge base documents.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_knowledge_base_documents_summaries_get._get_kwargs(
            document_ids=document_ids,
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_documents_summaries_get, request_options
        )


class ConversationalAiKnowledgeBaseDocumentsSummariesResourceWithRawResponse:
    """`ConversationalAiKnowledgeBaseDocumentsSummariesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiKnowledgeBaseDocumentsSummariesResource) -> None:
        self.get = raw_response(resource.get)


class AsyncConversationalAiKnowledgeBaseDocumentsSummariesResource:
    """The operations of group `conversational_ai_knowledge_base_documents_summaries`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiKnowledgeBaseDocumentsSummariesResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiKnowledgeBaseDocumentsSummariesResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def get(
        self,
        *,
        document_ids: builtins.list[str],
        request_options: RequestOptions | None = None,
    ) -> models.ConversationalAiKnowledgeBaseDocumentsSummariesGetResponseGetKnowledgeBaseSummariesByIdsV1ConvaiKnowledgeBaseSummariesGet:
        """Get Knowledge Base Summaries By Ids

        Gets multiple knowledge base document summaries by their IDs.

        `GET /v1/convai/knowledge-base/summaries`.

        Args:
            document_ids (list[str]): The ids of knowledge base documents.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_knowledge_base_documents_summaries_get._get_kwargs(
            document_ids=document_ids,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_documents_summaries_get, request_options
        )


class AsyncConversationalAiKnowledgeBaseDocumentsSummariesResourceWithRawResponse:
    """`AsyncConversationalAiKnowledgeBaseDocumentsSummariesResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiKnowledgeBaseDocumentsSummariesResource) -> None:
        self.get = async_raw_response(resource.get)
