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
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="DoDubbingResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DoDubbingResponse(Lazy):
    """Example:
        {'dubbing_id': '21m00Tcm4TlvDq8ikWAM', 'expected_duration_sec': 127.5}

    Attributes:
        dubbing_id (str): The ID of the dubbing project.
        expected_duration_sec (float): The expected duration of the dubbing project in seconds.
    """

    dubbing_id: str

    expected_duration_sec: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "dubbing_id",
        "expected_duration_sec",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        dubbing_id = self.dubbing_id

        expected_duration_sec = self.expected_duration_sec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if dubbing_id is not None or "dubbing_id" not in self._missing_fields:
            field_dict["dubbing_id"] = dubbing_id
        if expected_duration_sec is not None or "expected_duration_sec" not in self._missing_fields:
            field_dict["expected_duration_sec"] = expected_duration_sec
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        do_dubbing_response = cls.__new__(cls)
        do_dubbing_response.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return do_dubbing_response

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


_read_dubbing_id = plain_reader("dubbing_id", (str,), "a string", True)

_read_expected_duration_sec = plain_reader(
    "expected_duration_sec",
    (
        float,
        int,
    ),
    "a number",
    True,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "dubbing_id",
        "expected_duration_sec",
    )
)


def _read_additional_properties(cls: type[DoDubbingResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[DoDubbingResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    dubbing_id = d.get("dubbing_id", MISSING)
    if dubbing_id.__class__ is not str:
        dubbing_id = _read_dubbing_id(cls, d)

    expected_duration_sec = d.get("expected_duration_sec", MISSING)
    if expected_duration_sec.__class__ is not float and expected_duration_sec.__class__ is not int:
        expected_duration_sec = _read_expected_duration_sec(cls, d)

    return {
        "dubbing_id": dubbing_id,
        "expected_duration_sec": expected_duration_sec,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    DoDubbingResponse,
    _all_fields,
    {
        "dubbing_id": _read_dubbing_id,
        "expected_duration_sec": _read_expected_duration_sec,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
