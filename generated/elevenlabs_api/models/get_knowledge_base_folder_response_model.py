from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import (
    CrawlStatus,
    DocumentUsageModeEnum,
    ExternalSyncJobTrigger,
    ExternalSyncJobType,
    ExternalSyncProvider,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class GetKnowledgeBaseFolderResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    access_info:  Example: {'access_source': 'creator', 'creator_email': 'john.doe@example.com', 'creator_name':
        'John Doe', 'is_creator': True, 'role': 'admin'}.
    document_count: Number of non-folder documents anywhere in this folder's subtree (recursive). Counting stops
        past 1000;
    folder_parent_id: The ID of the parent folder, or null if the document is at the root level.
    folder_path: The folder path segments leading to this entity, from root to parent folder.
    is_frozen: Defaults to False on the server.
    active_sync_job: Most recent (in-flight or terminal) external sync job for this folder, if any. Used by clients
        to render sync progress.
    """

    id: str

    name: str

    metadata: KnowledgeBaseDocumentMetadataResponseModel

    supported_usages: list[DocumentUsageModeEnum | str]

    access_info: ResourceAccessInfo

    type_: Literal["folder"] = _attrs_field(
        default="folder",
        kw_only=True,
        alias="type",
        validator=types.tag("GetKnowledgeBaseFolderResponseModel", "type", "folder"),
    )

    children_count: int

    document_count: int

    folder_parent_id: None | str | Unset = UNSET

    folder_path: list[KnowledgeBaseFolderPathSegmentResponseModel] | Unset = UNSET

    auto_sync_info: AutoSyncInfo | None | Unset = UNSET

    external_sync_info: ExternalFolderSyncInfo | None | Unset = UNSET

    is_frozen: bool | Unset = UNSET

    active_sync_job: KbExternalSyncJob | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("metadata", "metadata", object_of("KnowledgeBaseDocumentMetadataResponseModel"), required=True),
        Field(
            "supported_usages", "supported_usages", list_of(union(literal("DocumentUsageModeEnum"), STR)), required=True
        ),
        Field("access_info", "access_info", object_of("ResourceAccessInfo"), required=True),
        Field("type_", "type", const("folder"), required=True),
        Field("children_count", "children_count", INT, required=True),
        Field("document_count", "document_count", INT, required=True),
        Field("folder_parent_id", "folder_parent_id", union(STR, NULL)),
        Field("folder_path", "folder_path", list_of(object_of("KnowledgeBaseFolderPathSegmentResponseModel"))),
        Field("auto_sync_info", "auto_sync_info", union(object_of("AutoSyncInfo"), NULL)),
        Field("external_sync_info", "external_sync_info", union(object_of("ExternalFolderSyncInfo"), NULL)),
        Field("is_frozen", "is_frozen", BOOL),
        Field("active_sync_job", "active_sync_job", union(object_of("KbExternalSyncJob"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(GetKnowledgeBaseFolderResponseModel, type_="type")


@_attrs_define(slots=False)
class KbExternalSyncJob(Lazy, AdditionalProperties[Any]):
    """Attributes:
    status: Defaults to 'queued' on the server.
    items_identified: Defaults to 0 on the server.
    items_processed: Defaults to 0 on the server.
    """

    type_: ExternalSyncProvider | str

    folder_id: str

    integration_connection_id: str

    triggered_by: ExternalSyncJobTrigger | str

    updated_at: int

    id: str

    created_at: int

    status: CrawlStatus | str | Unset = UNSET

    sync_type: ExternalSyncJobType | None | str | Unset = UNSET

    items_identified: int | Unset = UNSET

    items_processed: int | Unset = UNSET

    error_message: None | str | Unset = UNSET

    started_at: int | None | Unset = UNSET

    completed_at: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", union(literal("ExternalSyncProvider"), STR), required=True),
        Field("folder_id", "folder_id", STR, required=True),
        Field("integration_connection_id", "integration_connection_id", STR, required=True),
        Field("triggered_by", "triggered_by", union(literal("ExternalSyncJobTrigger"), STR), required=True),
        Field("updated_at", "updated_at", INT, required=True),
        Field("id", "id", STR, required=True),
        Field("created_at", "created_at", INT, required=True),
        Field("status", "status", union(literal("CrawlStatus"), STR)),
        Field("sync_type", "sync_type", union(literal("ExternalSyncJobType"), NULL, STR)),
        Field("items_identified", "items_identified", INT),
        Field("items_processed", "items_processed", INT),
        Field("error_message", "error_message", union(STR, NULL)),
        Field("started_at", "started_at", union(INT, NULL)),
        Field("completed_at", "completed_at", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.auto_sync_info import AutoSyncInfo
from ..models.external_folder_sync_info import ExternalFolderSyncInfo
from ..models.knowledge_base_document_metadata_response_model import KnowledgeBaseDocumentMetadataResponseModel
from ..models.knowledge_base_folder_path_segment_response_model import KnowledgeBaseFolderPathSegmentResponseModel
from ..models.resource_access_info import ResourceAccessInfo
