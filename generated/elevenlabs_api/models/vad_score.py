from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
    object_of,
)


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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.vad_score_vad_score_event import VadScoreVadScoreEvent
