from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, AdditionalProperties, Field, Lazy, dict_of, object_of
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class LlmUsageOutput(Lazy, AdditionalProperties[Any]):
    model_usage: LlmUsageOutputModelUsage | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("model_usage", "model_usage", object_of("LlmUsageOutputModelUsage")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class LlmUsageOutputModelUsage(Lazy, AdditionalProperties["LlmInputOutputTokensUsage"]):
    additional_properties: dict[str, LlmInputOutputTokensUsage] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("LlmInputOutputTokensUsage"))),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.llm_input_output_tokens_usage import LlmInputOutputTokensUsage
