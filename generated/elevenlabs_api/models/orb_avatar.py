from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="OrbAvatar")


@_attrs_define
class OrbAvatar:
    """Example:
        {'color_1': '#2792dc', 'color_2': '#9ce6e6', 'type': 'orb'}

    Attributes:
        type_ (Literal['orb'] | Unset): The type of the avatar Default: 'orb'.
        color_1 (str | Unset): The first color of the avatar Default: '#2792dc'.
        color_2 (str | Unset): The second color of the avatar Default: '#9ce6e6'.
    """

    type_: Literal["orb"] | Unset = "orb"

    color_1: str | Unset = "#2792dc"

    color_2: str | Unset = "#9ce6e6"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "orb")

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        color_1 = self.color_1

        color_2 = self.color_2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if color_1 is not UNSET:
            field_dict["color_1"] = color_1
        if color_2 is not UNSET:
            field_dict["color_2"] = color_2
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        type__raw = d.pop("type", UNSET)
        type_ = cast(Literal["orb"] | Unset, type__raw)
        if type_ != "orb" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'orb', got '{type_}'")

        color_1 = d.pop("color_1", UNSET)
        if color_1.__class__ is not str and color_1 is not UNSET:
            color_1 = unexpected_type(cls, "color_1", color_1, "a string")

        color_2 = d.pop("color_2", UNSET)
        if color_2.__class__ is not str and color_2 is not UNSET:
            color_2 = unexpected_type(cls, "color_2", color_2, "a string")

        orb_avatar = cls(
            type_=type_,
            color_1=color_1,
            color_2=color_2,
        )
        orb_avatar.additional_properties = d
        return orb_avatar

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
