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
class PlayDtmfResultErrorModel(Lazy, AdditionalProperties[Any]):
    error: str

    result_type: Literal["play_dtmf_error"] | Unset = _attrs_field(
        default="play_dtmf_error",
        kw_only=True,
        validator=types.tag("PlayDtmfResultErrorModel", "result_type", "play_dtmf_error"),
    )

    status: Literal["error"] | Unset = _attrs_field(
        default="error",
        kw_only=True,
        validator=types.tag("PlayDtmfResultErrorModel", "status", "error"),
    )

    details: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("error", "error", STR, required=True),
        Field("result_type", "result_type", const("play_dtmf_error")),
        Field("status", "status", const("error")),
        Field("details", "details", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
