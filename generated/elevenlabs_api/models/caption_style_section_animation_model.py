from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)
from ..models._literals import (
    CaptionStyleSectionAnimationModelEnterTypeType0,
    CaptionStyleSectionAnimationModelExitTypeType0,
)


@_attrs_define(slots=False)
class CaptionStyleSectionAnimationModel(Lazy, AdditionalProperties[Any]):
    enter_type: CaptionStyleSectionAnimationModelEnterTypeType0 | str

    exit_type: CaptionStyleSectionAnimationModelExitTypeType0 | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "enter_type",
            "enter_type",
            union(literal("CaptionStyleSectionAnimationModelEnterTypeType0"), STR),
            required=True,
        ),
        Field(
            "exit_type",
            "exit_type",
            union(literal("CaptionStyleSectionAnimationModelExitTypeType0"), STR),
            required=True,
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )
