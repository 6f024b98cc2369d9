"""`client.conversational_ai.knowledge_base.documents`: the operations of group `conversational_ai_knowledge_base_documents`, as methods of ConversationalAiKnowledgeBaseDocumentsResource and AsyncConversationalAiKnowledgeBaseDocumentsResource."""

from __future__ import annotations

import builtins
import functools
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

import httpx

from ...types import UNSET, FileInput, Unset, as_file, loads, parse_strictly
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

# Nested groups only for type checking: each is imported when first used, so importing the client loads none.
if TYPE_CHECKING:
    from ..conversational_ai_knowledge_base_documents_chunk import (
        AsyncConversationalAiKnowledgeBaseDocumentsChunkResource,
        ConversationalAiKnowledgeBaseDocumentsChunkResource,
    )
    from ..conversational_ai_knowledge_base_documents_chunks import (
        AsyncConversationalAiKnowledgeBaseDocumentsChunksResource,
        ConversationalAiKnowledgeBaseDocumentsChunksResource,
    )
    from ..conversational_ai_knowledge_base_documents_summaries import (
        AsyncConversationalAiKnowledgeBaseDocumentsSummariesResource,
        ConversationalAiKnowledgeBaseDocumentsSummariesResource,
    )
from . import (
    conversational_ai_knowledge_base_documents_bulk_delete,
    conversational_ai_knowledge_base_documents_bulk_move,
    conversational_ai_knowledge_base_documents_create_folder,
    conversational_ai_knowledge_base_documents_create_from_file,
    conversational_ai_knowledge_base_documents_create_from_text,
    conversational_ai_knowledge_base_documents_create_from_url,
    conversational_ai_knowledge_base_documents_delete,
    conversational_ai_knowledge_base_documents_get,
    conversational_ai_knowledge_base_documents_get_agents,
    conversational_ai_knowledge_base_documents_get_bulk_agents,
    conversational_ai_knowledge_base_documents_get_content,
    conversational_ai_knowledge_base_documents_get_source_file_url,
    conversational_ai_knowledge_base_documents_move,
    conversational_ai_knowledge_base_documents_update,
)


def _parse_conversational_ai_knowledge_base_documents_bulk_delete(
    response: httpx.Response,
) -> models.ConversationalAiKnowledgeBaseDocumentsBulkDeleteResponseBulkDeleteKnowledgeBaseDocumentsV1ConvaiKnowledgeBaseBulkDeletePost:
    from ...models.conversational_ai_knowledge_base_documents_bulk_delete_response_bulk_delete_knowledge_base_documents_v1_convai_knowledge_base_bulk_delete_post import (
        ConversationalAiKnowledgeBaseDocumentsBulkDeleteResponseBulkDeleteKnowledgeBaseDocumentsV1ConvaiKnowledgeBaseBulkDeletePost,
    )

    response_200 = ConversationalAiKnowledgeBaseDocumentsBulkDeleteResponseBulkDeleteKnowledgeBaseDocumentsV1ConvaiKnowledgeBaseBulkDeletePost.from_dict(
        loads(response.content)
    )

    return response_200


def _parse_conversational_ai_knowledge_base_documents_bulk_move(response: httpx.Response) -> None:
    return None


def _parse_conversational_ai_knowledge_base_documents_get_bulk_agents(
    response: httpx.Response,
) -> models.GetKnowledgeBaseDependentAgentsResponseModel:
    from ...models.get_knowledge_base_dependent_agents_response_model import (
        GetKnowledgeBaseDependentAgentsResponseModel,
    )

    response_200 = GetKnowledgeBaseDependentAgentsResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_knowledge_base_documents_create_from_file(
    response: httpx.Response,
) -> models.AddKnowledgeBaseResponseModel:
    from ...models.add_knowledge_base_response_model import AddKnowledgeBaseResponseModel

    response_200 = AddKnowledgeBaseResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_knowledge_base_documents_create_folder(
    response: httpx.Response,
) -> models.AddKnowledgeBaseResponseModel:
    from ...models.add_knowledge_base_response_model import AddKnowledgeBaseResponseModel

    response_200 = AddKnowledgeBaseResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_knowledge_base_documents_create_from_text(
    response: httpx.Response,
) -> models.AddKnowledgeBaseResponseModel:
    from ...models.add_knowledge_base_response_model import AddKnowledgeBaseResponseModel

    response_200 = AddKnowledgeBaseResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_knowledge_base_documents_create_from_url(
    response: httpx.Response,
) -> models.AddKnowledgeBaseResponseModel:
    from ...models.add_knowledge_base_response_model import AddKnowledgeBaseResponseModel

    response_200 = AddKnowledgeBaseResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_knowledge_base_documents_move(response: httpx.Response) -> None:
    return None


def _parse_conversational_ai_knowledge_base_documents_get(
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


def _parse_conversational_ai_knowledge_base_documents_delete(response: httpx.Response) -> Any:

    response_200 = loads(response.content)
    return response_200


def _parse_conversational_ai_knowledge_base_documents_update(
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


def _parse_conversational_ai_knowledge_base_documents_get_content(response: httpx.Response) -> str:

    response_200 = response.text
    return response_200


def _parse_conversational_ai_knowledge_base_documents_get_agents(
    response: httpx.Response,
) -> models.GetKnowledgeBaseDependentAgentsResponseModel:
    from ...models.get_knowledge_base_dependent_agents_response_model import (
        GetKnowledgeBaseDependentAgentsResponseModel,
    )

    response_200 = GetKnowledgeBaseDependentAgentsResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_knowledge_base_documents_get_source_file_url(
    response: httpx.Response,
) -> models.KnowledgeBaseSourceFileUrlResponseModel:
    from ...models.knowledge_base_source_file_url_response_model import KnowledgeBaseSourceFileUrlResponseModel

    response_200 = KnowledgeBaseSourceFileUrlResponseModel.from_dict(loads(response.content))

    return response_200


_PAGING_CONVERSATIONAL_AI_KNOWLEDGE_BASE_DOCUMENTS_GET_AGENTS = Paging(
    items="agents",
    kind="cursor",
    more="has_more",
    next="next_cursor",
    parameter="cursor",
)


class ConversationalAiKnowledgeBaseDocumentsGetBulkAgentsQuery(TypedDict, total=False):
    """The query parameters of `get_bulk_agents`, for passing them on as keyword arguments."""

    dependent_type: models.KnowledgeBaseDependentType | Unset
    page_size: int | Unset
    cursor: None | str | Unset


class ConversationalAiKnowledgeBaseDocumentsGetQuery(TypedDict, total=False):
    """The query parameters of `get`, for passing them on as keyword arguments."""

    agent_id: str | Unset


class ConversationalAiKnowledgeBaseDocumentsDeleteQuery(TypedDict, total=False):
    """The query parameters of `delete`, for passing them on as keyword arguments."""

    force: bool | Unset


class ConversationalAiKnowledgeBaseDocumentsGetAgentsQuery(TypedDict, total=False):
    """The query parameters of `get_agents`, for passing them on as keyword arguments."""

    dependent_type: models.KnowledgeBaseDependentType | Unset
    page_size: int | Unset
    cursor: None | str | Unset


class ConversationalAiKnowledgeBaseDocumentsResource:
    """The operations of group `conversational_ai_knowledge_base_documents`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiKnowledgeBaseDocumentsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiKnowledgeBaseDocumentsResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    @functools.cached_property
    def chunk(self) -> ConversationalAiKnowledgeBaseDocumentsChunkResource:
        """`conversational_ai_knowledge_base_documents_chunk` operations."""
        from ..conversational_ai_knowledge_base_documents_chunk import (
            ConversationalAiKnowledgeBaseDocumentsChunkResource,
        )

        return ConversationalAiKnowledgeBaseDocumentsChunkResource(self._requester)

    @functools.cached_property
    def chunks(self) -> ConversationalAiKnowledgeBaseDocumentsChunksResource:
        """`conversational_ai_knowledge_base_documents_chunks` operations."""
        from ..conversational_ai_knowledge_base_documents_chunks import (
            ConversationalAiKnowledgeBaseDocumentsChunksResource,
        )

        return ConversationalAiKnowledgeBaseDocumentsChunksResource(self._requester)

    @functools.cached_property
    def summaries(self) -> ConversationalAiKnowledgeBaseDocumentsSummariesResource:
        """`conversational_ai_knowledge_base_documents_summaries` operations."""
        from ..conversational_ai_knowledge_base_documents_summaries import (
            ConversationalAiKnowledgeBaseDocumentsSummariesResource,
        )

        return ConversationalAiKnowledgeBaseDocumentsSummariesResource(self._requester)

    def bulk_delete(
        self,
        document_ids: builtins.list[str],
        *,
        force: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ConversationalAiKnowledgeBaseDocumentsBulkDeleteResponseBulkDeleteKnowledgeBaseDocumentsV1ConvaiKnowledgeBaseBulkDeletePost:
        """Bulk Delete Knowledge Base Documents

        Delete multiple documents or folders from the knowledge base. Each id succeeds or fails
        independently.

        `POST /v1/convai/knowledge-base/bulk-delete`.

        Args:
            document_ids (list[str]): The ids of documents or folders from the knowledge base.
            force (bool | Unset): If set to true, documents or folders will be deleted regardless of
                whether they are used by any agents and will be removed from the dependent agents. For
                non-empty folders, this will also delete all child documents and folders. Defaults to False
                on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_bulk_delete_knowledge_base_documents_v1_convai_knowledge_base_bulk_delete_post import (
            BodyBulkDeleteKnowledgeBaseDocumentsV1ConvaiKnowledgeBaseBulkDeletePost,
        )

        kwargs = conversational_ai_knowledge_base_documents_bulk_delete._get_kwargs(
            body=BodyBulkDeleteKnowledgeBaseDocumentsV1ConvaiKnowledgeBaseBulkDeletePost(
                document_ids=document_ids,
                force=force,
            ),
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_documents_bulk_delete, request_options
        )

    def bulk_move(
        self,
        document_ids: builtins.list[str],
        *,
        move_to: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Bulk Move Entities To Folder

        Moves multiple entities from one folder to another.

        `POST /v1/convai/knowledge-base/bulk-move`.

        Args:
            document_ids (list[str]): The ids of documents or folders from the knowledge base.
            move_to (None | str | Unset): The folder to move the entities to. If not set, the entities
                will be moved to the root folder.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_bulk_move_entities_to_folder_v1_convai_knowledge_base_bulk_move_post import (
            BodyBulkMoveEntitiesToFolderV1ConvaiKnowledgeBaseBulkMovePost,
        )

        kwargs = conversational_ai_knowledge_base_documents_bulk_move._get_kwargs(
            body=BodyBulkMoveEntitiesToFolderV1ConvaiKnowledgeBaseBulkMovePost(
                document_ids=document_ids,
                move_to=move_to,
            ),
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_documents_bulk_move, request_options
        )

    def get_bulk_agents(
        self,
        document_ids: builtins.list[str],
        *,
        dependent_type: models.KnowledgeBaseDependentType | Unset = UNSET,
        page_size: int | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetKnowledgeBaseDependentAgentsResponseModel:
        """Get Dependent Agents For Multiple Documents

        Get a list of agents depending on any of the given knowledge base documents.

        `POST /v1/convai/knowledge-base/dependent-agents`.

        Args:
            document_ids (list[str]): The ids of documents or folders from the knowledge base.
            dependent_type (KnowledgeBaseDependentType | Unset):  One of: all, direct, transitive.
            page_size (int | Unset): How many documents to return at maximum. Can not exceed 100,
                defaults to 30. Defaults to 30 on the server.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_get_dependent_agents_for_multiple_documents_v1_convai_knowledge_base_dependent_agents_post import (
            BodyGetDependentAgentsForMultipleDocumentsV1ConvaiKnowledgeBaseDependentAgentsPost,
        )

        kwargs = conversational_ai_knowledge_base_documents_get_bulk_agents._get_kwargs(
            body=BodyGetDependentAgentsForMultipleDocumentsV1ConvaiKnowledgeBaseDependentAgentsPost(
                document_ids=document_ids,
            ),
            dependent_type=dependent_type,
            page_size=page_size,
            cursor=cursor,
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_documents_get_bulk_agents, request_options
        )

    def create_from_file(
        self,
        file: FileInput,
        *,
        name: None | str | Unset = UNSET,
        parent_folder_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AddKnowledgeBaseResponseModel:
        """Create File Document

        Create a knowledge base document generated form the uploaded file.

        `POST /v1/convai/knowledge-base/file`.

        Args:
            file (FileInput): Documentation that the agent will have access to in order to interact with
                users.
            name (None | str | Unset): A custom, human-readable name for the document.
            parent_folder_id (None | str | Unset): If set, the created document or folder will be placed
                inside the given folder.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_create_file_document_v1_convai_knowledge_base_file_post import (
            BodyCreateFileDocumentV1ConvaiKnowledgeBaseFilePost,
        )

        kwargs = conversational_ai_knowledge_base_documents_create_from_file._get_kwargs(
            body=BodyCreateFileDocumentV1ConvaiKnowledgeBaseFilePost(
                file=as_file(file),
                name=name,
                parent_folder_id=parent_folder_id,
            ),
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_documents_create_from_file, request_options
        )

    def create_folder(
        self,
        name: str,
        *,
        parent_folder_id: None | str | Unset = UNSET,
        enable_auto_sync: bool | Unset = UNSET,
        auto_remove: bool | Unset = UNSET,
        minimum_frequency_days: int | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AddKnowledgeBaseResponseModel:
        """Create Folder

        Create a folder used for grouping documents together.

        `POST /v1/convai/knowledge-base/folder`.

        Args:
            name (str): A custom, human-readable name for the document.
            parent_folder_id (None | str | Unset): If set, the created document or folder will be placed
                inside the given folder.
            enable_auto_sync (bool | Unset): Whether to enable auto-sync for this URL document. Defaults
                to False on the server.
            auto_remove (bool | Unset): Whether to automatically remove the document if the URL becomes
                unavailable. Only applicable when auto-sync is enabled. Defaults to False on the server.
            minimum_frequency_days (int | None | Unset): Minimum frequency (in days) at which the
                underlying eligible documents are refreshed. The actual interval may be shorter, never
                longer. Defaults to 7, tightened to the parent folder's frequency if that is stricter. Only
                applicable when auto-sync is enabled.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_create_folder_v1_convai_knowledge_base_folder_post import (
            BodyCreateFolderV1ConvaiKnowledgeBaseFolderPost,
        )

        kwargs = conversational_ai_knowledge_base_documents_create_folder._get_kwargs(
            body=BodyCreateFolderV1ConvaiKnowledgeBaseFolderPost(
                name=name,
                parent_folder_id=parent_folder_id,
                enable_auto_sync=enable_auto_sync,
                auto_remove=auto_remove,
                minimum_frequency_days=minimum_frequency_days,
            ),
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_documents_create_folder, request_options
        )

    def create_from_text(
        self,
        text: str,
        *,
        name: None | str | Unset = UNSET,
        parent_folder_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AddKnowledgeBaseResponseModel:
        """Create Text Document

        Create a knowledge base document containing the provided text.

        `POST /v1/convai/knowledge-base/text`.

        Args:
            text (str): Text content to be added to the knowledge base.
            name (None | str | Unset): A custom, human-readable name for the document.
            parent_folder_id (None | str | Unset): If set, the created document or folder will be placed
                inside the given folder.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_create_text_document_v1_convai_knowledge_base_text_post import (
            BodyCreateTextDocumentV1ConvaiKnowledgeBaseTextPost,
        )

        kwargs = conversational_ai_knowledge_base_documents_create_from_text._get_kwargs(
            body=BodyCreateTextDocumentV1ConvaiKnowledgeBaseTextPost(
                text=text,
                name=name,
                parent_folder_id=parent_folder_id,
            ),
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_documents_create_from_text, request_options
        )

    def create_from_url(
        self,
        url: str,
        *,
        name: None | str | Unset = UNSET,
        parent_folder_id: None | str | Unset = UNSET,
        enable_auto_sync: bool | Unset = UNSET,
        auto_remove: bool | Unset = UNSET,
        minimum_frequency_days: int | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AddKnowledgeBaseResponseModel:
        """Create Url Document

        Create a knowledge base document generated by scraping the given webpage.

        `POST /v1/convai/knowledge-base/url`.

        Args:
            url (str): URL to a page of documentation that the agent will have access to in order to
                interact with users.
            name (None | str | Unset): A custom, human-readable name for the document.
            parent_folder_id (None | str | Unset): If set, the created document or folder will be placed
                inside the given folder.
            enable_auto_sync (bool | Unset): Whether to enable auto-sync for this URL document. Defaults
                to False on the server.
            auto_remove (bool | Unset): Whether to automatically remove the document if the URL becomes
                unavailable. Only applicable when auto-sync is enabled. Defaults to False on the server.
            minimum_frequency_days (int | None | Unset): Minimum frequency (in days) at which the
                document is refreshed. The actual interval may be shorter, never longer. Defaults to 7,
                tightened to the parent folder's frequency if that is stricter. Only applicable when
                auto-sync is enabled.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_create_url_document_v1_convai_knowledge_base_url_post import (
            BodyCreateUrlDocumentV1ConvaiKnowledgeBaseUrlPost,
        )

        kwargs = conversational_ai_knowledge_base_documents_create_from_url._get_kwargs(
            body=BodyCreateUrlDocumentV1ConvaiKnowledgeBaseUrlPost(
                url=url,
                name=name,
                parent_folder_id=parent_folder_id,
                enable_auto_sync=enable_auto_sync,
                auto_remove=auto_remove,
                minimum_frequency_days=minimum_frequency_days,
            ),
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_documents_create_from_url, request_options
        )

    def move(
        self,
        document_id: str,
        *,
        move_to: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Move Entity To Folder

        Moves the entity from one folder to another.

        `POST /v1/convai/knowledge-base/{document_id}/move`.

        Args:
            document_id (str): The id of a document from the knowledge base. This is returned on
                document addition.
            move_to (None | str | Unset): The folder to move the entities to. If not set, the entities
                will be moved to the root folder.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("document_id", document_id)
        from ...models.body_move_entity_to_folder_v1_convai_knowledge_base_document_id_move_post import (
            BodyMoveEntityToFolderV1ConvaiKnowledgeBaseDocumentIdMovePost,
        )

        kwargs = conversational_ai_knowledge_base_documents_move._get_kwargs(
            document_id=document_id,
            body=BodyMoveEntityToFolderV1ConvaiKnowledgeBaseDocumentIdMovePost(
                move_to=move_to,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_knowledge_base_documents_move, request_options)

    def get(
        self,
        documentation_id: str,
        *,
        agent_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> (
        models.GetKnowledgeBaseFileResponseModel
        | models.GetKnowledgeBaseFolderResponseModel
        | models.GetKnowledgeBaseTextResponseModel
        | models.GetKnowledgeBaseUrlResponseModel
    ):
        """Get Documentation From Knowledge Base

        Get details about a specific documentation making up the agent's knowledge base

        `GET /v1/convai/knowledge-base/{documentation_id}`.

        Args:
            documentation_id (str): The id of a document from the knowledge base. This is returned on
                document addition.
            agent_id (str | Unset): Defaults to empty on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("documentation_id", documentation_id)
        kwargs = conversational_ai_knowledge_base_documents_get._get_kwargs(
            documentation_id=documentation_id,
            agent_id=agent_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_knowledge_base_documents_get, request_options)

    def delete(
        self,
        documentation_id: str,
        *,
        force: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Delete Knowledge Base Document Or Folder

        Delete a document or folder from the knowledge base.

        `DELETE /v1/convai/knowledge-base/{documentation_id}`.

        Args:
            documentation_id (str): The id of a document from the knowledge base. This is returned on
                document addition.
            force (bool | Unset): If set to true, the document or folder will be deleted regardless of
                whether it is used by any agents and it will be removed from the dependent agents. For
                non-empty folders, this will also delete all child documents and folders. Defaults to False
                on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("documentation_id", documentation_id)
        kwargs = conversational_ai_knowledge_base_documents_delete._get_kwargs(
            documentation_id=documentation_id,
            force=force,
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_documents_delete, request_options
        )

    def update(
        self,
        documentation_id: str,
        *,
        name: None | str | Unset = UNSET,
        content: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> (
        models.GetKnowledgeBaseFileResponseModel
        | models.GetKnowledgeBaseFolderResponseModel
        | models.GetKnowledgeBaseTextResponseModel
        | models.GetKnowledgeBaseUrlResponseModel
    ):
        """Update Document

        Update the name and/or content of a document.

        `PATCH /v1/convai/knowledge-base/{documentation_id}`.

        Args:
            documentation_id (str): The id of a document from the knowledge base. This is returned on
                document addition.
            name (None | str | Unset): A custom, human-readable name for the document.
            content (None | str | Unset): Updated content for the document. Only supported for text
                documents, URL documents with auto-sync disabled, and file documents.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("documentation_id", documentation_id)
        from ...models.body_update_document_v1_convai_knowledge_base_documentation_id_patch import (
            BodyUpdateDocumentV1ConvaiKnowledgeBaseDocumentationIdPatch,
        )

        kwargs = conversational_ai_knowledge_base_documents_update._get_kwargs(
            documentation_id=documentation_id,
            body=BodyUpdateDocumentV1ConvaiKnowledgeBaseDocumentationIdPatch(
                name=name,
                content=content,
            ),
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_documents_update, request_options
        )

    def get_content(
        self,
        documentation_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> str:
        """Get Document Content

        Get the entire content of a document from the knowledge base

        `GET /v1/convai/knowledge-base/{documentation_id}/content`.

        Args:
            documentation_id (str): The id of a document from the knowledge base. This is returned on
                document addition.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("documentation_id", documentation_id)
        kwargs = conversational_ai_knowledge_base_documents_get_content._get_kwargs(
            documentation_id=documentation_id,
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_documents_get_content, request_options
        )

    def get_agents(
        self,
        documentation_id: str,
        *,
        dependent_type: models.KnowledgeBaseDependentType | Unset = UNSET,
        page_size: int | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetKnowledgeBaseDependentAgentsResponseModel:
        """Get Dependent Agents List

        Get a list of agents depending on this knowledge base document

        `GET /v1/convai/knowledge-base/{documentation_id}/dependent-agents`.

        Args:
            documentation_id (str): The id of a document from the knowledge base. This is returned on
                document addition.
            dependent_type (KnowledgeBaseDependentType | Unset):  One of: all, direct, transitive.
            page_size (int | Unset): How many documents to return at maximum. Can not exceed 100,
                defaults to 30. Defaults to 30 on the server.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("documentation_id", documentation_id)
        kwargs = conversational_ai_knowledge_base_documents_get_agents._get_kwargs(
            documentation_id=documentation_id,
            dependent_type=dependent_type,
            page_size=page_size,
            cursor=cursor,
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_documents_get_agents, request_options
        )

    def iter_get_agents_pages(
        self,
        documentation_id: str,
        **query: Unpack[ConversationalAiKnowledgeBaseDocumentsGetAgentsQuery],
    ) -> Iterator[models.GetKnowledgeBaseDependentAgentsResponseModel]:
        """Every page of `get_agents` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(
            functools.partial(self.get_agents, documentation_id),
            query,
            _PAGING_CONVERSATIONAL_AI_KNOWLEDGE_BASE_DOCUMENTS_GET_AGENTS,
        )

    def iter_get_agents(
        self,
        documentation_id: str,
        **query: Unpack[ConversationalAiKnowledgeBaseDocumentsGetAgentsQuery],
    ) -> Iterator[
        models.DependentAvailableAgentIdentifier | models.DependentUnknownAgentIdentifier | models.UnknownVariant
    ]:
        """Every item (`agents`) of every page of `get_agents` with these parameters."""
        for page in self.iter_get_agents_pages(documentation_id, **query):
            yield from page.agents

    def get_source_file_url(
        self,
        documentation_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.KnowledgeBaseSourceFileUrlResponseModel:
        """Get Document Source File Url

        Get a signed URL to download the original source file of a file-type document from the knowledge
        base

        `GET /v1/convai/knowledge-base/{documentation_id}/source-file-url`.

        Args:
            documentation_id (str): The id of a document from the knowledge base. This is returned on
                document addition.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("documentation_id", documentation_id)
        kwargs = conversational_ai_knowledge_base_documents_get_source_file_url._get_kwargs(
            documentation_id=documentation_id,
        )

        return self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_documents_get_source_file_url, request_options
        )


class ConversationalAiKnowledgeBaseDocumentsResourceWithRawResponse:
    """`ConversationalAiKnowledgeBaseDocumentsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiKnowledgeBaseDocumentsResource) -> None:
        self.bulk_delete = raw_response(resource.bulk_delete)
        self.bulk_move = raw_response(resource.bulk_move)
        self.get_bulk_agents = raw_response(resource.get_bulk_agents)
        self.create_from_file = raw_response(resource.create_from_file)
        self.create_folder = raw_response(resource.create_folder)
        self.create_from_text = raw_response(resource.create_from_text)
        self.create_from_url = raw_response(resource.create_from_url)
        self.move = raw_response(resource.move)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)
        self.update = raw_response(resource.update)
        self.get_content = raw_response(resource.get_content)
        self.get_agents = raw_response(resource.get_agents)
        self.get_source_file_url = raw_response(resource.get_source_file_url)


class AsyncConversationalAiKnowledgeBaseDocumentsResource:
    """The operations of group `conversational_ai_knowledge_base_documents`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiKnowledgeBaseDocumentsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiKnowledgeBaseDocumentsResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    @functools.cached_property
    def chunk(self) -> AsyncConversationalAiKnowledgeBaseDocumentsChunkResource:
        """`conversational_ai_knowledge_base_documents_chunk` operations."""
        from ..conversational_ai_knowledge_base_documents_chunk import (
            AsyncConversationalAiKnowledgeBaseDocumentsChunkResource,
        )

        return AsyncConversationalAiKnowledgeBaseDocumentsChunkResource(self._requester)

    @functools.cached_property
    def chunks(self) -> AsyncConversationalAiKnowledgeBaseDocumentsChunksResource:
        """`conversational_ai_knowledge_base_documents_chunks` operations."""
        from ..conversational_ai_knowledge_base_documents_chunks import (
            AsyncConversationalAiKnowledgeBaseDocumentsChunksResource,
        )

        return AsyncConversationalAiKnowledgeBaseDocumentsChunksResource(self._requester)

    @functools.cached_property
    def summaries(self) -> AsyncConversationalAiKnowledgeBaseDocumentsSummariesResource:
        """`conversational_ai_knowledge_base_documents_summaries` operations."""
        from ..conversational_ai_knowledge_base_documents_summaries import (
            AsyncConversationalAiKnowledgeBaseDocumentsSummariesResource,
        )

        return AsyncConversationalAiKnowledgeBaseDocumentsSummariesResource(self._requester)

    async def bulk_delete(
        self,
        document_ids: builtins.list[str],
        *,
        force: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ConversationalAiKnowledgeBaseDocumentsBulkDeleteResponseBulkDeleteKnowledgeBaseDocumentsV1ConvaiKnowledgeBaseBulkDeletePost:
        """Bulk Delete Knowledge Base Documents

        Delete multiple documents or folders from the knowledge base. Each id succeeds or fails
        independently.

        `POST /v1/convai/knowledge-base/bulk-delete`.

        Args:
            document_ids (list[str]): The ids of documents or folders from the knowledge base.
            force (bool | Unset): If set to true, documents or folders will be deleted regardless of
                whether they are used by any agents and will be removed from the dependent agents. For
                non-empty folders, this will also delete all child documents and folders. Defaults to False
                on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_bulk_delete_knowledge_base_documents_v1_convai_knowledge_base_bulk_delete_post import (
            BodyBulkDeleteKnowledgeBaseDocumentsV1ConvaiKnowledgeBaseBulkDeletePost,
        )

        kwargs = conversational_ai_knowledge_base_documents_bulk_delete._get_kwargs(
            body=BodyBulkDeleteKnowledgeBaseDocumentsV1ConvaiKnowledgeBaseBulkDeletePost(
                document_ids=document_ids,
                force=force,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_documents_bulk_delete, request_options
        )

    async def bulk_move(
        self,
        document_ids: builtins.list[str],
        *,
        move_to: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Bulk Move Entities To Folder

        Moves multiple entities from one folder to another.

        `POST /v1/convai/knowledge-base/bulk-move`.

        Args:
            document_ids (list[str]): The ids of documents or folders from the knowledge base.
            move_to (None | str | Unset): The folder to move the entities to. If not set, the entities
                will be moved to the root folder.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_bulk_move_entities_to_folder_v1_convai_knowledge_base_bulk_move_post import (
            BodyBulkMoveEntitiesToFolderV1ConvaiKnowledgeBaseBulkMovePost,
        )

        kwargs = conversational_ai_knowledge_base_documents_bulk_move._get_kwargs(
            body=BodyBulkMoveEntitiesToFolderV1ConvaiKnowledgeBaseBulkMovePost(
                document_ids=document_ids,
                move_to=move_to,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_documents_bulk_move, request_options
        )

    async def get_bulk_agents(
        self,
        document_ids: builtins.list[str],
        *,
        dependent_type: models.KnowledgeBaseDependentType | Unset = UNSET,
        page_size: int | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetKnowledgeBaseDependentAgentsResponseModel:
        """Get Dependent Agents For Multiple Documents

        Get a list of agents depending on any of the given knowledge base documents.

        `POST /v1/convai/knowledge-base/dependent-agents`.

        Args:
            document_ids (list[str]): The ids of documents or folders from the knowledge base.
            dependent_type (KnowledgeBaseDependentType | Unset):  One of: all, direct, transitive.
            page_size (int | Unset): How many documents to return at maximum. Can not exceed 100,
                defaults to 30. Defaults to 30 on the server.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_get_dependent_agents_for_multiple_documents_v1_convai_knowledge_base_dependent_agents_post import (
            BodyGetDependentAgentsForMultipleDocumentsV1ConvaiKnowledgeBaseDependentAgentsPost,
        )

        kwargs = conversational_ai_knowledge_base_documents_get_bulk_agents._get_kwargs(
            body=BodyGetDependentAgentsForMultipleDocumentsV1ConvaiKnowledgeBaseDependentAgentsPost(
                document_ids=document_ids,
            ),
            dependent_type=dependent_type,
            page_size=page_size,
            cursor=cursor,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_documents_get_bulk_agents, request_options
        )

    async def create_from_file(
        self,
        file: FileInput,
        *,
        name: None | str | Unset = UNSET,
        parent_folder_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AddKnowledgeBaseResponseModel:
        """Create File Document

        Create a knowledge base document generated form the uploaded file.

        `POST /v1/convai/knowledge-base/file`.

        Args:
            file (FileInput): Documentation that the agent will have access to in order to interact with
                users.
            name (None | str | Unset): A custom, human-readable name for the document.
            parent_folder_id (None | str | Unset): If set, the created document or folder will be placed
                inside the given folder.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_create_file_document_v1_convai_knowledge_base_file_post import (
            BodyCreateFileDocumentV1ConvaiKnowledgeBaseFilePost,
        )

        kwargs = conversational_ai_knowledge_base_documents_create_from_file._get_kwargs(
            body=BodyCreateFileDocumentV1ConvaiKnowledgeBaseFilePost(
                file=as_file(file),
                name=name,
                parent_folder_id=parent_folder_id,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_documents_create_from_file, request_options
        )

    async def create_folder(
        self,
        name: str,
        *,
        parent_folder_id: None | str | Unset = UNSET,
        enable_auto_sync: bool | Unset = UNSET,
        auto_remove: bool | Unset = UNSET,
        minimum_frequency_days: int | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AddKnowledgeBaseResponseModel:
        """Create Folder

        Create a folder used for grouping documents together.

        `POST /v1/convai/knowledge-base/folder`.

        Args:
            name (str): A custom, human-readable name for the document.
            parent_folder_id (None | str | Unset): If set, the created document or folder will be placed
                inside the given folder.
            enable_auto_sync (bool | Unset): Whether to enable auto-sync for this URL document. Defaults
                to False on the server.
            auto_remove (bool | Unset): Whether to automatically remove the document if the URL becomes
                unavailable. Only applicable when auto-sync is enabled. Defaults to False on the server.
            minimum_frequency_days (int | None | Unset): Minimum frequency (in days) at which the
                underlying eligible documents are refreshed. The actual interval may be shorter, never
                longer. Defaults to 7, tightened to the parent folder's frequency if that is stricter. Only
                applicable when auto-sync is enabled.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_create_folder_v1_convai_knowledge_base_folder_post import (
            BodyCreateFolderV1ConvaiKnowledgeBaseFolderPost,
        )

        kwargs = conversational_ai_knowledge_base_documents_create_folder._get_kwargs(
            body=BodyCreateFolderV1ConvaiKnowledgeBaseFolderPost(
                name=name,
                parent_folder_id=parent_folder_id,
                enable_auto_sync=enable_auto_sync,
                auto_remove=auto_remove,
                minimum_frequency_days=minimum_frequency_days,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_documents_create_folder, request_options
        )

    async def create_from_text(
        self,
        text: str,
        *,
        name: None | str | Unset = UNSET,
        parent_folder_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AddKnowledgeBaseResponseModel:
        """Create Text Document

        Create a knowledge base document containing the provided text.

        `POST /v1/convai/knowledge-base/text`.

        Args:
            text (str): Text content to be added to the knowledge base.
            name (None | str | Unset): A custom, human-readable name for the document.
            parent_folder_id (None | str | Unset): If set, the created document or folder will be placed
                inside the given folder.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_create_text_document_v1_convai_knowledge_base_text_post import (
            BodyCreateTextDocumentV1ConvaiKnowledgeBaseTextPost,
        )

        kwargs = conversational_ai_knowledge_base_documents_create_from_text._get_kwargs(
            body=BodyCreateTextDocumentV1ConvaiKnowledgeBaseTextPost(
                text=text,
                name=name,
                parent_folder_id=parent_folder_id,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_documents_create_from_text, request_options
        )

    async def create_from_url(
        self,
        url: str,
        *,
        name: None | str | Unset = UNSET,
        parent_folder_id: None | str | Unset = UNSET,
        enable_auto_sync: bool | Unset = UNSET,
        auto_remove: bool | Unset = UNSET,
        minimum_frequency_days: int | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.AddKnowledgeBaseResponseModel:
        """Create Url Document

        Create a knowledge base document generated by scraping the given webpage.

        `POST /v1/convai/knowledge-base/url`.

        Args:
            url (str): URL to a page of documentation that the agent will have access to in order to
                interact with users.
            name (None | str | Unset): A custom, human-readable name for the document.
            parent_folder_id (None | str | Unset): If set, the created document or folder will be placed
                inside the given folder.
            enable_auto_sync (bool | Unset): Whether to enable auto-sync for this URL document. Defaults
                to False on the server.
            auto_remove (bool | Unset): Whether to automatically remove the document if the URL becomes
                unavailable. Only applicable when auto-sync is enabled. Defaults to False on the server.
            minimum_frequency_days (int | None | Unset): Minimum frequency (in days) at which the
                document is refreshed. The actual interval may be shorter, never longer. Defaults to 7,
                tightened to the parent folder's frequency if that is stricter. Only applicable when
                auto-sync is enabled.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_create_url_document_v1_convai_knowledge_base_url_post import (
            BodyCreateUrlDocumentV1ConvaiKnowledgeBaseUrlPost,
        )

        kwargs = conversational_ai_knowledge_base_documents_create_from_url._get_kwargs(
            body=BodyCreateUrlDocumentV1ConvaiKnowledgeBaseUrlPost(
                url=url,
                name=name,
                parent_folder_id=parent_folder_id,
                enable_auto_sync=enable_auto_sync,
                auto_remove=auto_remove,
                minimum_frequency_days=minimum_frequency_days,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_documents_create_from_url, request_options
        )

    async def move(
        self,
        document_id: str,
        *,
        move_to: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Move Entity To Folder

        Moves the entity from one folder to another.

        `POST /v1/convai/knowledge-base/{document_id}/move`.

        Args:
            document_id (str): The id of a document from the knowledge base. This is returned on
                document addition.
            move_to (None | str | Unset): The folder to move the entities to. If not set, the entities
                will be moved to the root folder.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("document_id", document_id)
        from ...models.body_move_entity_to_folder_v1_convai_knowledge_base_document_id_move_post import (
            BodyMoveEntityToFolderV1ConvaiKnowledgeBaseDocumentIdMovePost,
        )

        kwargs = conversational_ai_knowledge_base_documents_move._get_kwargs(
            document_id=document_id,
            body=BodyMoveEntityToFolderV1ConvaiKnowledgeBaseDocumentIdMovePost(
                move_to=move_to,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_documents_move, request_options
        )

    async def get(
        self,
        documentation_id: str,
        *,
        agent_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> (
        models.GetKnowledgeBaseFileResponseModel
        | models.GetKnowledgeBaseFolderResponseModel
        | models.GetKnowledgeBaseTextResponseModel
        | models.GetKnowledgeBaseUrlResponseModel
    ):
        """Get Documentation From Knowledge Base

        Get details about a specific documentation making up the agent's knowledge base

        `GET /v1/convai/knowledge-base/{documentation_id}`.

        Args:
            documentation_id (str): The id of a document from the knowledge base. This is returned on
                document addition.
            agent_id (str | Unset): Defaults to empty on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("documentation_id", documentation_id)
        kwargs = conversational_ai_knowledge_base_documents_get._get_kwargs(
            documentation_id=documentation_id,
            agent_id=agent_id,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_documents_get, request_options
        )

    async def delete(
        self,
        documentation_id: str,
        *,
        force: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Delete Knowledge Base Document Or Folder

        Delete a document or folder from the knowledge base.

        `DELETE /v1/convai/knowledge-base/{documentation_id}`.

        Args:
            documentation_id (str): The id of a document from the knowledge base. This is returned on
                document addition.
            force (bool | Unset): If set to true, the document or folder will be deleted regardless of
                whether it is used by any agents and it will be removed from the dependent agents. For
                non-empty folders, this will also delete all child documents and folders. Defaults to False
                on the server.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("documentation_id", documentation_id)
        kwargs = conversational_ai_knowledge_base_documents_delete._get_kwargs(
            documentation_id=documentation_id,
            force=force,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_documents_delete, request_options
        )

    async def update(
        self,
        documentation_id: str,
        *,
        name: None | str | Unset = UNSET,
        content: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> (
        models.GetKnowledgeBaseFileResponseModel
        | models.GetKnowledgeBaseFolderResponseModel
        | models.GetKnowledgeBaseTextResponseModel
        | models.GetKnowledgeBaseUrlResponseModel
    ):
        """Update Document

        Update the name and/or content of a document.

        `PATCH /v1/convai/knowledge-base/{documentation_id}`.

        Args:
            documentation_id (str): The id of a document from the knowledge base. This is returned on
                document addition.
            name (None | str | Unset): A custom, human-readable name for the document.
            content (None | str | Unset): Updated content for the document. Only supported for text
                documents, URL documents with auto-sync disabled, and file documents.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("documentation_id", documentation_id)
        from ...models.body_update_document_v1_convai_knowledge_base_documentation_id_patch import (
            BodyUpdateDocumentV1ConvaiKnowledgeBaseDocumentationIdPatch,
        )

        kwargs = conversational_ai_knowledge_base_documents_update._get_kwargs(
            documentation_id=documentation_id,
            body=BodyUpdateDocumentV1ConvaiKnowledgeBaseDocumentationIdPatch(
                name=name,
                content=content,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_documents_update, request_options
        )

    async def get_content(
        self,
        documentation_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> str:
        """Get Document Content

        Get the entire content of a document from the knowledge base

        `GET /v1/convai/knowledge-base/{documentation_id}/content`.

        Args:
            documentation_id (str): The id of a document from the knowledge base. This is returned on
                document addition.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("documentation_id", documentation_id)
        kwargs = conversational_ai_knowledge_base_documents_get_content._get_kwargs(
            documentation_id=documentation_id,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_documents_get_content, request_options
        )

    async def get_agents(
        self,
        documentation_id: str,
        *,
        dependent_type: models.KnowledgeBaseDependentType | Unset = UNSET,
        page_size: int | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetKnowledgeBaseDependentAgentsResponseModel:
        """Get Dependent Agents List

        Get a list of agents depending on this knowledge base document

        `GET /v1/convai/knowledge-base/{documentation_id}/dependent-agents`.

        Args:
            documentation_id (str): The id of a document from the knowledge base. This is returned on
                document addition.
            dependent_type (KnowledgeBaseDependentType | Unset):  One of: all, direct, transitive.
            page_size (int | Unset): How many documents to return at maximum. Can not exceed 100,
                defaults to 30. Defaults to 30 on the server.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("documentation_id", documentation_id)
        kwargs = conversational_ai_knowledge_base_documents_get_agents._get_kwargs(
            documentation_id=documentation_id,
            dependent_type=dependent_type,
            page_size=page_size,
            cursor=cursor,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_documents_get_agents, request_options
        )

    def iter_get_agents_pages(
        self,
        documentation_id: str,
        **query: Unpack[ConversationalAiKnowledgeBaseDocumentsGetAgentsQuery],
    ) -> AsyncIterator[models.GetKnowledgeBaseDependentAgentsResponseModel]:
        """Every page of `get_agents` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(
            functools.partial(self.get_agents, documentation_id),
            query,
            _PAGING_CONVERSATIONAL_AI_KNOWLEDGE_BASE_DOCUMENTS_GET_AGENTS,
        )

    async def iter_get_agents(
        self,
        documentation_id: str,
        **query: Unpack[ConversationalAiKnowledgeBaseDocumentsGetAgentsQuery],
    ) -> AsyncIterator[
        models.DependentAvailableAgentIdentifier | models.DependentUnknownAgentIdentifier | models.UnknownVariant
    ]:
        """Every item (`agents`) of every page of `get_agents` with these parameters."""
        async for page in self.iter_get_agents_pages(documentation_id, **query):
            for item in page.agents:
                yield item

    async def get_source_file_url(
        self,
        documentation_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.KnowledgeBaseSourceFileUrlResponseModel:
        """Get Document Source File Url

        Get a signed URL to download the original source file of a file-type document from the knowledge
        base

        `GET /v1/convai/knowledge-base/{documentation_id}/source-file-url`.

        Args:
            documentation_id (str): The id of a document from the knowledge base. This is returned on
                document addition.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("documentation_id", documentation_id)
        kwargs = conversational_ai_knowledge_base_documents_get_source_file_url._get_kwargs(
            documentation_id=documentation_id,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_knowledge_base_documents_get_source_file_url, request_options
        )


class AsyncConversationalAiKnowledgeBaseDocumentsResourceWithRawResponse:
    """`AsyncConversationalAiKnowledgeBaseDocumentsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiKnowledgeBaseDocumentsResource) -> None:
        self.bulk_delete = async_raw_response(resource.bulk_delete)
        self.bulk_move = async_raw_response(resource.bulk_move)
        self.get_bulk_agents = async_raw_response(resource.get_bulk_agents)
        self.create_from_file = async_raw_response(resource.create_from_file)
        self.create_folder = async_raw_response(resource.create_folder)
        self.create_from_text = async_raw_response(resource.create_from_text)
        self.create_from_url = async_raw_response(resource.create_from_url)
        self.move = async_raw_response(resource.move)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
        self.update = async_raw_response(resource.update)
        self.get_content = async_raw_response(resource.get_content)
        self.get_agents = async_raw_response(resource.get_agents)
        self.get_source_file_url = async_raw_response(resource.get_source_file_url)
