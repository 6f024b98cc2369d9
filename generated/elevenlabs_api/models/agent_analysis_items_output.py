from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
    object_of,
    union,
)


@_attrs_define(slots=False)
class AgentAnalysisItemsOutput(Lazy, AdditionalProperties[Any]):
    evaluation_criteria: list[AttachedSystemEvaluationRef | AttachedUserEvaluationRef | UnknownVariant] | Unset = UNSET

    data_collection: list[AttachedSystemDataCollectionRef | AttachedUserDataCollectionRef | UnknownVariant] | Unset = (
        UNSET
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "evaluation_criteria",
            "evaluation_criteria",
            list_of(
                union(
                    object_of("AttachedUserEvaluationRef"),
                    object_of("AttachedSystemEvaluationRef"),
                    object_of("UnknownVariant"),
                )
            ),
        ),
        Field(
            "data_collection",
            "data_collection",
            list_of(
                union(
                    object_of("AttachedUserDataCollectionRef"),
                    object_of("AttachedSystemDataCollectionRef"),
                    object_of("UnknownVariant"),
                )
            ),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.attached_system_data_collection_ref import AttachedSystemDataCollectionRef
from ..models.attached_system_evaluation_ref import AttachedSystemEvaluationRef
from ..models.attached_user_data_collection_ref import AttachedUserDataCollectionRef
from ..models.attached_user_evaluation_ref import AttachedUserEvaluationRef
from ..models.unknown_variant import UnknownVariant
