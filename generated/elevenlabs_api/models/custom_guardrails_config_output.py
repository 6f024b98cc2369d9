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
)


@_attrs_define(slots=False)
class CustomGuardrailsConfigOutput(Lazy, AdditionalProperties[Any]):
    """Config container for custom guardrails list"""

    configs: list[CustomGuardrailConfig] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("configs", "configs", list_of(object_of("CustomGuardrailConfig"))),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.custom_guardrail_config import CustomGuardrailConfig
