from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import GuardrailExecutionMode
from ..types import (
    ANY,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    literal,
    object_of,
    union,
)


@_attrs_define(slots=False)
class ContentGuardrailInput(Lazy, AdditionalProperties[Any]):
    execution_mode: GuardrailExecutionMode | Unset = UNSET

    config: ContentConfig | Unset = UNSET

    trigger_action: EndCallTriggerAction | RetryTriggerAction | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("execution_mode", "execution_mode", literal("GuardrailExecutionMode")),
        Field("config", "config", object_of("ContentConfig")),
        Field(
            "trigger_action",
            "trigger_action",
            union(object_of("EndCallTriggerAction"), object_of("RetryTriggerAction")),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.content_config import ContentConfig
from ..models.end_call_trigger_action import EndCallTriggerAction
from ..models.retry_trigger_action import RetryTriggerAction
