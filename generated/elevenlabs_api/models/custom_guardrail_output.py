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
    object_of,
)


@_attrs_define(slots=False)
class CustomGuardrailOutput(Lazy, AdditionalProperties[Any]):
    """Container for custom guardrails, matching ModerationGuardrail pattern

    Attributes:
        config: Config container for custom guardrails list
    """

    config: CustomGuardrailsConfigOutput | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("config", "config", object_of("CustomGuardrailsConfigOutput")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.custom_guardrails_config_output import CustomGuardrailsConfigOutput
