from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, FLOAT, AdditionalProperties, Field, Lazy, const, dict_of, object_of
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class VadScore(Lazy, AdditionalProperties[Any]):
    """Schema for Voice Activity Detection scoring data

    Attributes:
        vad_score_event: VAD event data
    """

    type_: Literal["vad_score"] = _attrs_field(
        default="vad_score",
        kw_only=True,
        alias="type",
        validator=types.tag("VadScore", "type", "vad_score"),
    )

    vad_score_event: VadScoreVadScoreEvent | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("vad_score"), required=True),
        Field("vad_score_event", "vad_score_event", object_of("VadScoreVadScoreEvent")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(VadScore, type_="type")


@_attrs_define(slots=False)
class VadScoreVadScoreEvent(Lazy, AdditionalProperties[Any]):
    """VAD event data

    Attributes:
        vad_score: Voice activity detection confidence score between 0 and 1
    """

    vad_score: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("vad_score", "vad_score", FLOAT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
