from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, AdditionalProperties, Field, Lazy, const, dict_of, object_of, union


@_attrs_define(slots=False)
class ConversationalAiKnowledgeBaseDocumentsSummariesGetResponseGetKnowledgeBaseSummariesByIdsV1ConvaiKnowledgeBaseSummariesGet(
    Lazy, AdditionalProperties["BatchFailureResponseModel | KnowledgeBaseSummaryBatchSuccessfulResponseModel"]
):
    additional_properties: dict[str, BatchFailureResponseModel | KnowledgeBaseSummaryBatchSuccessfulResponseModel] = (
        _attrs_field(init=False, factory=dict)
    )

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "additional_properties",
            None,
            dict_of(
                union(
                    object_of("KnowledgeBaseSummaryBatchSuccessfulResponseModel"),
                    object_of("BatchFailureResponseModel"),
                )
            ),
        ),
    )


@_attrs_define(slots=False)
class KnowledgeBaseSummaryBatchSuccessfulResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    status:  Default: 'success'.
    """

    data: (
        GetKnowledgeBaseSummaryFileResponseModel
        | GetKnowledgeBaseSummaryFolderResponseModel
        | GetKnowledgeBaseSummaryTextResponseModel
        | GetKnowledgeBaseSummaryUrlResponseModel
        | UnknownVariant
    )

    status: Literal["success"] = _attrs_field(
        default="success",
        kw_only=True,
        validator=types.tag("KnowledgeBaseSummaryBatchSuccessfulResponseModel", "status", "success"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("status", "status", const("success"), required=True),
        Field(
            "data",
            "data",
            union(
                object_of("GetKnowledgeBaseSummaryUrlResponseModel"),
                object_of("GetKnowledgeBaseSummaryFileResponseModel"),
                object_of("GetKnowledgeBaseSummaryTextResponseModel"),
                object_of("GetKnowledgeBaseSummaryFolderResponseModel"),
                object_of("UnknownVariant"),
            ),
            required=True,
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.batch_failure_response_model import BatchFailureResponseModel
from ..models.get_knowledge_base_summary_file_response_model import GetKnowledgeBaseSummaryFileResponseModel
from ..models.get_knowledge_base_summary_folder_response_model import GetKnowledgeBaseSummaryFolderResponseModel
from ..models.get_knowledge_base_summary_text_response_model import GetKnowledgeBaseSummaryTextResponseModel
from ..models.get_knowledge_base_summary_url_response_model import GetKnowledgeBaseSummaryUrlResponseModel
from ..models.unknown_variant import UnknownVariant
