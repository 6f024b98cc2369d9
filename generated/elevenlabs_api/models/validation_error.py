from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ValidationError")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ValidationError(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "loc",
        "msg",
        "type",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        validation_error = cls.__new__(cls)
        validation_error.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


def _read_loc(cls: type[ValidationError], d: Mapping[str, Any]) -> Any:
    loc_raw = d.get("loc", MISSING)
    if loc_raw is MISSING:
        loc = missing_field(cls, "loc")
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

    return loc


_read_msg = plain_reader("msg", (str,), "a string", True)

_read_type_ = plain_reader("type", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "loc",
        "msg",
        "type",
    )
)


def _read_additional_properties(cls: type[ValidationError], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ValidationError], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "loc" in known:
        loc = known["loc"]
    else:
        loc = _read_loc(cls, d)

    msg = d.get("msg", MISSING)
    if msg.__class__ is not str:
        msg = _read_msg(cls, d)

    type_ = d.get("type", MISSING)
    if type_.__class__ is not str:
        type_ = _read_type_(cls, d)

    return {
        "loc": loc,
        "msg": msg,
        "type_": type_,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ValidationError,
    _all_fields,
    {
        "loc": _read_loc,
        "msg": _read_msg,
        "type_": _read_type_,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
