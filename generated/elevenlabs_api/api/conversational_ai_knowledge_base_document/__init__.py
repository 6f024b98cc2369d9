"""`client.conversational_ai.knowledge_base.document`: the operations of group `conversational_ai_knowledge_base_document`, as methods of ConversationalAiKnowledgeBaseDocumentResource and AsyncConversationalAiKnowledgeBaseDocumentResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import httpx

from ...types import FileInput, as_file, loads, parse_strictly
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
from . import (
    conversational_ai_knowledge_base_document_compute_rag_index,
    conversational_ai_knowledge_base_document_refresh,
    conversational_ai_knowledge_base_document_update_file,
)


def _parse_conversational_ai_knowledge_base_document_compute_rag_index(
    response: httpx.Response,
) -> models.RagDocumentIndexResponseModel:
    from ...models.rag_document_index_response_model import RagDocumentIndexResponseModel

    response_200 = RagDocumentIndexResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_knowledge_base_document_refresh(
    response: httpx.Response,
) -> (
    models.GetKnowledgeBaseFileResponseModel
    | models.GetKnowledgeBaseFolderResponseModel
    | models.GetKnowledgeBaseTextResponseModel
    | models.GetKnowledgeBaseUrlResponseModel
):
    from ...models.get_knowledge_base_file_response_model import GetKnowledgeBaseFileResponseModel
    from ...models.get_knowledge_base_folder_response_model import GetKnowledgeBaseFolderResponseModel
    from ...models.get_knowledge_base_text_response_model import GetKnowledgeBaseTextResponseModel
    from ...models.get_knowledge_base_url_response_model import GetKnowledgeBaseUrlResponseModel

    def _parse_response_200(
        data: object,
    ) -> (
        GetKnowledgeBaseFileResponseModel
        | GetKnowledgeBaseFolderResponseModel
        | GetKnowledgeBaseTextResponseModel
        | GetKnowledgeBaseUrlResponseModel
    ):
        return parse_strictly(_parse_response_200_member, data)

    def _parse_response_200_member(
        data: object,
    ) -> (
        GetKnowledgeBaseFileResponseModel
        | GetKnowledgeBaseFolderResponseModel
        | GetKnowledgeBaseTextResponseModel
        | GetKnowledgeBaseUrlResponseModel
    ):
        if isinstance(data, dict):
            for known in (
                GetKnowledgeBaseUrlResponseModel,
                GetKnowledgeBaseFileResponseModel,
                GetKnowledgeBaseTextResponseModel,
                GetKnowledgeBaseFolderResponseModel,
            ):
                kind = getattr(known, "_kind", None)
                if kind is not None and data.get(kind[0]) == kind[1]:
                    return known.from_dict(data)

        try:
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            response_200_type_0 = GetKnowledgeBaseUrlResponseModel.from_dict(data)

            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            response_200_type_1 = GetKnowledgeBaseFileResponseModel.from_dict(data)

            return response_200_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            response_200_type_2 = GetKnowledgeBaseTextResponseModel.from_dict(data)

            return response_200_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError(f"got {type(data).__name__}")
        response_200_type_3 = GetKnowledgeBaseFolderResponseModel.from_dict(data)

        return response_200_type_3

    response_200 = _parse_response_200(loads(response.content))

    return response_200


def _parse_conversational_ai_knowledge_base_document_update_file(
    response: httpx.Response,
) -> (
    models.GetKnowledgeBaseFileResponseModel
    | models.GetKnowledgeBaseFolderResponseModel
    | models.GetKnowledgeBaseTextResponseModel
    | models.GetKnowledgeBaseUrlResponseModel
):
    from ...models.get_knowledge_base_file_response_model import GetKnowledgeBaseFileResponseModel
    from ...models.get_knowledge_base_folder_response_model import GetKnowledgeBaseFolderResponseModel
    from ...models.get_knowledge_base_text_response_model import GetKnowledgeBaseTextResponseModel
    from ...models.get_knowledge_base_url_response_model import GetKnowledgeBaseUrlResponseModel

    def _parse_response_200(
        data: object,
    ) -> (
        GetKnowledgeBaseFileResponseModel
        | GetKnowledgeBaseFolderResponseModel
        | GetKnowledgeBaseTextResponseModel
        | GetKnowledgeBaseUrlResponseModel
    ):
        return parse_strictly(_parse_response_200_member, data)

    def _parse_response_200_member(
        data: object,
    ) -> (
        GetKnowledgeBaseFileResponseModel
        | GetKnowledgeBaseFolderResponseModel
        | GetKnowledgeBaseTextResponseModel
        | GetKnowledgeBaseUrlResponseModel
    ):
        if isinstance(data, dict):
            for known in (
                GetKnowledgeBaseUrlResponseModel,
                GetKnowledgeBaseFileResponseModel,
                GetKnowledgeBaseTextResponseModel,
                GetKnowledgeBaseFolderResponseModel,
            ):
                kind = getattr(known, "_kind", None)
                if kind is not None and data.get(kind[0]) == kind[1]:
                    return known.from_dict(data)

        try:
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            response_200_type_0 = GetKnowledgeBaseUrlResponseModel.from_dict(data)

            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            response_200_type_1 = GetKnowledgeBaseFileResponseModel.from_dict(data)

            return response_200_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            response_200_type_2 = GetKnowledgeBaseTextResponseModel.from_dict(data)

            return response_200_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError(f"got {type(data).__name__}")
        response_200_type_3 = GetKnowledgeBaseFolderResponseModel.from_dict(data)

        return response_200_type_3

    response_200 = _parse_response_200(loads(response.content))

    return response_200


class ConversationalAiKnowledgeBaseDocumentResource:
    """The operations of group `conversational_ai_knowledge_base_document`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiKnowledgeBaseDocumentResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiKnowledgeBaseDocumentResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    def compute_rag_index(
        self,
        documentation_id: str,
        model: models.EmbeddingModelEnum,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.RagDocumentIndexResponseModel:
        """Compute Rag Index.

        In case the document is not RAG indexed, it triggers rag indexing task, otherwise it just returns
        the current status.

        `POST /v1/convai/knowledge-base/{documentation_id}/rag-index`.

        Args:
            documentation_id (str): The id of a document from the knowledge base. This is returned on
                document addition.
            model (EmbeddingModelEnum):  One of: e5_mistral_7b_instruct, multilingual_e5_large_instruct.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("documentation_id", documentation_id)
        from ...models.rag_index_request_model import RagIndexRequestModel

        kwargs = conversational_ai_knowledge_base_document_compute_rag_index._get_kwargs(
            documentation_id=documentation_id,
            body=RagIndexRequestModel(
                model=model,
            ),
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_document_compute_rag_index, request_options
        )

    def refresh(
        self,
        documentation_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> (
        models.GetKnowledgeBaseFileResponseModel
        | models.GetKnowledgeBaseFolderResponseModel
        | models.GetKnowledgeBaseTextResponseModel
        | models.GetKnowledgeBaseUrlResponseModel
    ):
        """Refresh Url Document Content

        Manually refresh a URL document by re-fetching its content from the source URL.

        `POST /v1/convai/knowledge-base/{documentation_id}/refresh`.

        Args:
            documentation_id (str): The id of a document from the knowledge base. This is returned on
                document addition.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("documentation_id", documentation_id)
        kwargs = conversational_ai_knowledge_base_document_refresh._get_kwargs(
            documentation_id=documentation_id,
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_document_refresh, request_options
        )

    def update_file(
        self,
        documentation_id: str,
        file: FileInput,
        *,
        request_options: RequestOptions | None = None,
    ) -> (
        models.GetKnowledgeBaseFileResponseModel
        | models.GetKnowledgeBaseFolderResponseModel
        | models.GetKnowledgeBaseTextResponseModel
        | models.GetKnowledgeBaseUrlResponseModel
    ):
        """Update File Document

        Update the source file of a file document. The document name, content, and metadata are updated to
        reflect the new file. Any manual content edits will be overwritten.

        `PATCH /v1/convai/knowledge-base/{documentation_id}/update-file`.

        Args:
            documentation_id (str): The id of a document from the knowledge base. This is returned on
                document addition.
            file (FileInput): Documentation that the agent will have access to in order to interact with
                users.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("documentation_id", documentation_id)
        from ...models.body_update_file_document_v1_convai_knowledge_base_documentation_id_update_file_patch import (
            BodyUpdateFileDocumentV1ConvaiKnowledgeBaseDocumentationIdUpdateFilePatch,
        )

        kwargs = conversational_ai_knowledge_base_document_update_file._get_kwargs(
            documentation_id=documentation_id,
            body=BodyUpdateFileDocumentV1ConvaiKnowledgeBaseDocumentationIdUpdateFilePatch(
                file=as_file(file),
            ),
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_document_update_file, request_options
        )


class ConversationalAiKnowledgeBaseDocumentResourceWithRawResponse:
    """`ConversationalAiKnowledgeBaseDocumentResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiKnowledgeBaseDocumentResource) -> None:
        self.compute_rag_index = raw_response(resource.compute_rag_index)
        self.refresh = raw_response(resource.refresh)
        self.update_file = raw_response(resource.update_file)


class AsyncConversationalAiKnowledgeBaseDocumentResource:
    """The operations of group `conversational_ai_knowledge_base_document`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiKnowledgeBaseDocumentResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiKnowledgeBaseDocumentResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def compute_rag_index(
        self,
        documentation_id: str,
        model: models.EmbeddingModelEnum,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.RagDocumentIndexResponseModel:
        """Compute Rag Index.

        In case the document is not RAG indexed, it triggers rag indexing task, otherwise it just returns
        the current status.

        `POST /v1/convai/knowledge-base/{documentation_id}/rag-index`.

        Args:
            documentation_id (str): The id of a document from the knowledge base. This is returned on
                document addition.
            model (EmbeddingModelEnum):  One of: e5_mistral_7b_instruct, multilingual_e5_large_instruct.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("documentation_id", documentation_id)
        from ...models.rag_index_request_model import RagIndexRequestModel

        kwargs = conversational_ai_knowledge_base_document_compute_rag_index._get_kwargs(
            documentation_id=documentation_id,
            body=RagIndexRequestModel(
                model=model,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_document_compute_rag_index, request_options
        )

    async def refresh(
        self,
        documentation_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> (
        models.GetKnowledgeBaseFileResponseModel
        | models.GetKnowledgeBaseFolderResponseModel
        | models.GetKnowledgeBaseTextResponseModel
        | models.GetKnowledgeBaseUrlResponseModel
    ):
        """Refresh Url Document Content

        Manually refresh a URL document by re-fetching its content from the source URL.

        `POST /v1/convai/knowledge-base/{documentation_id}/refresh`.

        Args:
            documentation_id (str): The id of a document from the knowledge base. This is returned on
                document addition.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("documentation_id", documentation_id)
        kwargs = conversational_ai_knowledge_base_document_refresh._get_kwargs(
            documentation_id=documentation_id,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_document_refresh, request_options
        )

    async def update_file(
        self,
        documentation_id: str,
        file: FileInput,
        *,
        request_options: RequestOptions | None = None,
    ) -> (
        models.GetKnowledgeBaseFileResponseModel
        | models.GetKnowledgeBaseFolderResponseModel
        | models.GetKnowledgeBaseTextResponseModel
        | models.GetKnowledgeBaseUrlResponseModel
    ):
        """Update File Document

        Update the source file of a file document. The document name, content, and metadata are updated to
        reflect the new file. Any manual content edits will be overwritten.

        `PATCH /v1/convai/knowledge-base/{documentation_id}/update-file`.

        Args:
            documentation_id (str): The id of a document from the knowledge base. This is returned on
                document addition.
            file (FileInput): Documentation that the agent will have access to in order to interact with
                users.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("documentation_id", documentation_id)
        from ...models.body_update_file_document_v1_convai_knowledge_base_documentation_id_update_file_patch import (
            BodyUpdateFileDocumentV1ConvaiKnowledgeBaseDocumentationIdUpdateFilePatch,
        )

        kwargs = conversational_ai_knowledge_base_document_update_file._get_kwargs(
            documentation_id=documentation_id,
            body=BodyUpdateFileDocumentV1ConvaiKnowledgeBaseDocumentationIdUpdateFilePatch(
                file=as_file(file),
            ),
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_document_update_file, request_options
        )


class AsyncConversationalAiKnowledgeBaseDocumentResourceWithRawResponse:
    """`AsyncConversationalAiKnowledgeBaseDocumentResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiKnowledgeBaseDocumentResource) -> None:
        self.compute_rag_index = async_raw_response(resource.compute_rag_index)
        self.refresh = async_raw_response(resource.refresh)
        self.update_file = async_raw_response(resource.update_file)
