from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.caption_style_vertical_placement_model_align_type_0 import (
    CaptionStyleVerticalPlacementModelAlignType0,
)
from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="CaptionStyleVerticalPlacementModel")


@_attrs_define
class CaptionStyleVerticalPlacementModel:
    """Attributes:
    align (CaptionStyleVerticalPlacementModelAlignType0 | str):
    translate_pct (float):
    """

    align: CaptionStyleVerticalPlacementModelAlignType0 | str

    translate_pct: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        align: Any
        try:
            if isinstance(self.align, str):
                align = self.align
            else:
                align = self.align

        except (AttributeError, TypeError):
            align = self.align

        translate_pct = self.translate_pct

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if align is not None or "align" not in self._missing_fields:
            field_dict["align"] = align
        if translate_pct is not None or "translate_pct" not in self._missing_fields:
            field_dict["translate_pct"] = translate_pct
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        align = d.pop("align", MISSING)
        if align.__class__ is not str:
            if align is MISSING:
                align = missing_field(cls, "align")
                _missing += ("align",)
            else:
                align = unexpected_type(cls, "align", align, "a string")

        translate_pct = d.pop("translate_pct", MISSING)
        if translate_pct.__class__ is not float and translate_pct.__class__ is not int:
            if translate_pct is MISSING:
                translate_pct = missing_field(cls, "translate_pct")
                _missing += ("translate_pct",)
            else:
                translate_pct = unexpected_type(cls, "translate_pct", translate_pct, "a number")

        caption_style_vertical_placement_model = cls(
            align=align,
            translate_pct=translate_pct,
        )
        if _missing:
            caption_style_vertical_placement_model._missing_fields = _missing
        caption_style_vertical_placement_model.additional_properties = d
        return caption_style_vertical_placement_model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
