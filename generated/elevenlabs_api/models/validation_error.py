from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

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
        if loc is not None or "loc" not in self._missing_fields:
            field_dict["loc"] = loc
        if msg is not None or "msg" not in self._missing_fields:
            field_dict["msg"] = msg
        if type_ is not None or "type" not in self._missing_fields:
            field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        loc_raw = d.pop("loc", MISSING)
        if loc_raw is MISSING:
            loc = missing_field(cls, "loc")
            _missing += ("loc",)
        else:
            try:
                expect_array("loc", loc_raw)
                loc = []
                _loc = loc_raw
                for loc_item_data in _loc:
                    loc_item = loc_item_data

                    loc.append(loc_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                loc = deviating_field(cls, "loc", loc_raw)

        msg = d.pop("msg", MISSING)
        if msg.__class__ is not str:
            if msg is MISSING:
                msg = missing_field(cls, "msg")
                _missing += ("msg",)
            else:
                msg = unexpected_type(cls, "msg", msg, "a string")

        type_ = d.pop("type", MISSING)
        if type_.__class__ is not str:
            if type_ is MISSING:
                type_ = missing_field(cls, "type")
                _missing += ("type",)
            else:
                type_ = unexpected_type(cls, "type", type_, "a string")

        validation_error = cls(
            loc=loc,
            msg=msg,
            type_=type_,
        )
        if _missing:
            validation_error._missing_fields = _missing
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
