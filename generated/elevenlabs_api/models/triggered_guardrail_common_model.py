from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)
from ..models._literals import GuardrailType
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class TriggeredGuardrailCommonModel(Lazy, AdditionalProperties[Any]):
    guardrail_type: GuardrailType | str

    guardrail_name: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("guardrail_type", "guardrail_type", union(literal("GuardrailType"), STR), required=True),
        Field("guardrail_name", "guardrail_name", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
