from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class EndCallToolResultModel(Lazy, AdditionalProperties[Any]):
    result_type: Literal["end_call_success"] | Unset = _attrs_field(
        default="end_call_success",
        kw_only=True,
        validator=types.tag("EndCallToolResultModel", "result_type", "end_call_success"),
    )

    status: Literal["success"] | Unset = _attrs_field(
        default="success",
        kw_only=True,
        validator=types.tag("EndCallToolResultModel", "status", "success"),
    )

    reason: None | str | Unset = UNSET

    message: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("result_type", "result_type", const("end_call_success")),
        Field("status", "status", const("success")),
        Field("reason", "reason", union(STR, NULL)),
        Field("message", "message", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
