from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    object_of,
    union,
)


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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.batch_failure_response_model import BatchFailureResponseModel
from ..models.knowledge_base_summary_batch_successful_response_model import (
    KnowledgeBaseSummaryBatchSuccessfulResponseModel,
)
