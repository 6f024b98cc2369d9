from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, BOOL, FLOAT, AdditionalProperties, Field, Lazy, dict_of, object_of
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ModerationConfig(Lazy, AdditionalProperties[Any]):
    sexual: ThresholdGuardrail | Unset = UNSET

    violence: ThresholdGuardrail | Unset = UNSET

    violence_graphic: ThresholdGuardrail | Unset = UNSET

    harassment: ThresholdGuardrail | Unset = UNSET

    harassment_threatening: ThresholdGuardrail | Unset = UNSET

    hate: ThresholdGuardrail | Unset = UNSET

    hate_threatening: ThresholdGuardrail | Unset = UNSET

    self_harm_instructions: ThresholdGuardrail | Unset = UNSET

    self_harm: ThresholdGuardrail | Unset = UNSET

    self_harm_intent: ThresholdGuardrail | Unset = UNSET

    sexual_minors: ThresholdGuardrail | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("sexual", "sexual", object_of("ThresholdGuardrail")),
        Field("violence", "violence", object_of("ThresholdGuardrail")),
        Field("violence_graphic", "violence_graphic", object_of("ThresholdGuardrail")),
        Field("harassment", "harassment", object_of("ThresholdGuardrail")),
        Field("harassment_threatening", "harassment_threatening", object_of("ThresholdGuardrail")),
        Field("hate", "hate", object_of("ThresholdGuardrail")),
        Field("hate_threatening", "hate_threatening", object_of("ThresholdGuardrail")),
        Field("self_harm_instructions", "self_harm_instructions", object_of("ThresholdGuardrail")),
        Field("self_harm", "self_harm", object_of("ThresholdGuardrail")),
        Field("self_harm_intent", "self_harm_intent", object_of("ThresholdGuardrail")),
        Field("sexual_minors", "sexual_minors", object_of("ThresholdGuardrail")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ThresholdGuardrail(Lazy, AdditionalProperties[Any]):
    """Attributes:
    is_enabled: Defaults to False on the server.
    threshold: Defaults to 0.3 on the server.
    """

    is_enabled: bool | Unset = UNSET

    threshold: float | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("is_enabled", "is_enabled", BOOL),
        Field("threshold", "threshold", FLOAT),
        Field("additional_properties", None, dict_of(ANY)),
    )
