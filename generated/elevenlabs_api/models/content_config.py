from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, BOOL, FLOAT, STR, AdditionalProperties, Field, Lazy, dict_of, literal, object_of, union
from ..models._literals import ContentThresholdGuardrailThresholdType1
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ContentConfig(Lazy, AdditionalProperties[Any]):
    sexual: ContentThresholdGuardrail | Unset = UNSET

    violence: ContentThresholdGuardrail | Unset = UNSET

    harassment: ContentThresholdGuardrail | Unset = UNSET

    self_harm: ContentThresholdGuardrail | Unset = UNSET

    profanity: ContentThresholdGuardrail | Unset = UNSET

    religion_or_politics: ContentThresholdGuardrail | Unset = UNSET

    medical_and_legal_information: ContentThresholdGuardrail | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("sexual", "sexual", object_of("ContentThresholdGuardrail")),
        Field("violence", "violence", object_of("ContentThresholdGuardrail")),
        Field("harassment", "harassment", object_of("ContentThresholdGuardrail")),
        Field("self_harm", "self_harm", object_of("ContentThresholdGuardrail")),
        Field("profanity", "profanity", object_of("ContentThresholdGuardrail")),
        Field("religion_or_politics", "religion_or_politics", object_of("ContentThresholdGuardrail")),
        Field("medical_and_legal_information", "medical_and_legal_information", object_of("ContentThresholdGuardrail")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ContentThresholdGuardrail(Lazy, AdditionalProperties[Any]):
    """Attributes:
    is_enabled: Defaults to False on the server.
    """

    is_enabled: bool | Unset = UNSET

    threshold: ContentThresholdGuardrailThresholdType1 | float | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("is_enabled", "is_enabled", BOOL),
        Field("threshold", "threshold", union(FLOAT, literal("ContentThresholdGuardrailThresholdType1"), STR)),
        Field("additional_properties", None, dict_of(ANY)),
    )
