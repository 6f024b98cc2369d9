from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
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
from ..models._literals import DocumentUsageModeEnum
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class GetKnowledgeBaseSummaryUrlResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    access_info:  Example: {'access_source': 'creator', 'creator_email': 'john.doe@example.com', 'creator_name':
        'John Doe', 'is_creator': True, 'role': 'admin'}.
    dependent_agents: This field is deprecated and will be removed in the future, use the separate endpoint to get
        dependent agents instead.
    folder_parent_id: The ID of the parent folder, or null if the document is at the root level.
    folder_path: The folder path segments leading to this entity, from root to parent folder.
    """

    id: str

    name: str

    metadata: KnowledgeBaseDocumentMetadataResponseModel

    supported_usages: list[DocumentUsageModeEnum | str]

    access_info: ResourceAccessInfo

    dependent_agents: list[DependentAvailableAgentIdentifier | DependentUnknownAgentIdentifier | UnknownVariant]

    type_: Literal["url"] = _attrs_field(
        default="url",
        kw_only=True,
        alias="type",
        validator=types.tag("GetKnowledgeBaseSummaryUrlResponseModel", "type", "url"),
    )

    url: str

    folder_parent_id: None | str | Unset = UNSET

    folder_path: list[KnowledgeBaseFolderPathSegmentSummaryResponseModel] | Unset = UNSET

    auto_sync_info: AutoSyncInfo | None | Unset = UNSET

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
        Field(
            "dependent_agents",
            "dependent_agents",
            list_of(
                union(
                    object_of("DependentAvailableAgentIdentifier"),
                    object_of("DependentUnknownAgentIdentifier"),
                    object_of("UnknownVariant"),
                )
            ),
            required=True,
        ),
        Field("type_", "type", const("url"), required=True),
        Field("url", "url", STR, required=True),
        Field("folder_parent_id", "folder_parent_id", union(STR, NULL)),
        Field("folder_path", "folder_path", list_of(object_of("KnowledgeBaseFolderPathSegmentSummaryResponseModel"))),
        Field("auto_sync_info", "auto_sync_info", union(object_of("AutoSyncInfo"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(GetKnowledgeBaseSummaryUrlResponseModel, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.auto_sync_info import AutoSyncInfo
from ..models.dependent_available_agent_identifier import DependentAvailableAgentIdentifier
from ..models.dependent_unknown_agent_identifier import DependentUnknownAgentIdentifier
from ..models.knowledge_base_document_metadata_response_model import KnowledgeBaseDocumentMetadataResponseModel
from ..models.knowledge_base_folder_path_segment_summary_response_model import (
    KnowledgeBaseFolderPathSegmentSummaryResponseModel,
)
from ..models.resource_access_info import ResourceAccessInfo
from ..models.unknown_variant import UnknownVariant
