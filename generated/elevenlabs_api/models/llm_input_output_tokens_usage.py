from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    object_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class LlmInputOutputTokensUsage(Lazy, AdditionalProperties[Any]):
    input_: LlmTokensCategoryUsage | Unset = UNSET

    input_cache_read: LlmTokensCategoryUsage | Unset = UNSET

    input_cache_write: LlmTokensCategoryUsage | Unset = UNSET

    output_total: LlmTokensCategoryUsage | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("input_", "input", object_of("LlmTokensCategoryUsage")),
        Field("input_cache_read", "input_cache_read", object_of("LlmTokensCategoryUsage")),
        Field("input_cache_write", "input_cache_write", object_of("LlmTokensCategoryUsage")),
        Field("output_total", "output_total", object_of("LlmTokensCategoryUsage")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.llm_tokens_category_usage import LlmTokensCategoryUsage
