from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
)


@_attrs_define(slots=False)
class TestConditionRationaleCommonModel(Lazy, AdditionalProperties[Any]):
    """Structured rationale for test condition results containing individual failure/success reasons.

    Attributes:
        messages: List of individual parameter evaluation messages or reasons
        summary: High-level summary of the evaluation result Defaults to empty on the server.
    """

    messages: list[str] | Unset = UNSET

    summary: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("messages", "messages", list_of(STR)),
        Field("summary", "summary", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )
