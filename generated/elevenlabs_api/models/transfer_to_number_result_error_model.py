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
class TransferToNumberResultErrorModel(Lazy, AdditionalProperties[Any]):
    error: str

    result_type: Literal["transfer_to_number_error"] | Unset = _attrs_field(
        default="transfer_to_number_error",
        kw_only=True,
        validator=types.tag("TransferToNumberResultErrorModel", "result_type", "transfer_to_number_error"),
    )

    status: Literal["error"] | Unset = _attrs_field(
        default="error",
        kw_only=True,
        validator=types.tag("TransferToNumberResultErrorModel", "status", "error"),
    )

    details: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("error", "error", STR, required=True),
        Field("result_type", "result_type", const("transfer_to_number_error")),
        Field("status", "status", const("error")),
        Field("details", "details", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
