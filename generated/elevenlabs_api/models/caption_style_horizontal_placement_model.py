from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    CaptionStyleHorizontalPlacementModelAlignType0,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="CaptionStyleHorizontalPlacementModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CaptionStyleHorizontalPlacementModel(Lazy):
    """Attributes:
    align (CaptionStyleHorizontalPlacementModelAlignType0 | str):
    translate_pct (float):
    """

    align: CaptionStyleHorizontalPlacementModelAlignType0 | str

    translate_pct: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "align",
        "translate_pct",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        caption_style_horizontal_placement_model = cls.__new__(cls)
        caption_style_horizontal_placement_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return caption_style_horizontal_placement_model

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


_read_align = plain_reader("align", (str,), "a string", True)

_read_translate_pct = plain_reader(
    "translate_pct",
    (
        float,
        int,
    ),
    "a number",
    True,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "align",
        "translate_pct",
    )
)


def _read_additional_properties(
    cls: type[CaptionStyleHorizontalPlacementModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[CaptionStyleHorizontalPlacementModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    align = d.get("align", MISSING)
    if align.__class__ is not str:
        align = _read_align(cls, d)

    translate_pct = d.get("translate_pct", MISSING)
    if translate_pct.__class__ is not float and translate_pct.__class__ is not int:
        translate_pct = _read_translate_pct(cls, d)

    return {
        "align": align,
        "translate_pct": translate_pct,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    CaptionStyleHorizontalPlacementModel,
    _all_fields,
    {
        "align": _read_align,
        "translate_pct": _read_translate_pct,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
