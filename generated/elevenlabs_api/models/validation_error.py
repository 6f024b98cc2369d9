from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, deviating_field, missing_field

T = TypeVar("T", bound="ValidationError")


@_attrs_define
class ValidationError:
    """Attributes:
    loc (list[int | str]):
    msg (str):
    type_ (str):
    """

    loc: list[int | str]

    msg: str

    type_: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        loc: Any
        try:
            loc = []
            for loc_item_data in self.loc:
                loc_item: int | str = loc_item_data

                loc.append(loc_item)

        except (AttributeError, TypeError):
            loc = self.loc

        msg = self.msg

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if loc is not None:
            field_dict["loc"] = loc
        if msg is not None:
            field_dict["msg"] = msg
        if type_ is not None:
            field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        loc_raw = d.pop("loc", MISSING)
        if loc_raw is MISSING:
            loc_raw = missing_field(cls, "loc")
        try:
            loc = []
            _loc = loc_raw
            for loc_item_data in _loc:
                loc_item = loc_item_data

                loc.append(loc_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            loc = deviating_field(cls, "loc", loc_raw)

        msg = d.pop("msg", MISSING)
        if msg is MISSING:
            msg = missing_field(cls, "msg")

        type_ = d.pop("type", MISSING)
        if type_ is MISSING:
            type_ = missing_field(cls, "type")

        validation_error = cls(
            loc=loc,
            msg=msg,
            type_=type_,
        )
        validation_error.additional_properties = d
        return validation_error

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
