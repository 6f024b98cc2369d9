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
class SkipTurnToolResponseModel(Lazy, AdditionalProperties[Any]):
    result_type: Literal["skip_turn_success"] | Unset = _attrs_field(
        default="skip_turn_success",
        kw_only=True,
        validator=types.tag("SkipTurnToolResponseModel", "result_type", "skip_turn_success"),
    )

    status: Literal["success"] | Unset = _attrs_field(
        default="success",
        kw_only=True,
        validator=types.tag("SkipTurnToolResponseModel", "status", "success"),
    )

    reason: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("result_type", "result_type", const("skip_turn_success")),
        Field("status", "status", const("success")),
        Field("reason", "reason", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
