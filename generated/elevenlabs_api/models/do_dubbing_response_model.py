from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="DoDubbingResponseModel")


@_attrs_define
class DoDubbingResponseModel:
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        dubbing_id = d.pop("dubbing_id", MISSING)
        if dubbing_id.__class__ is not str:
            if dubbing_id is MISSING:
                dubbing_id = missing_field(cls, "dubbing_id")
                _missing += ("dubbing_id",)
            else:
                dubbing_id = unexpected_type(cls, "dubbing_id", dubbing_id, "a string")

        expected_duration_sec = d.pop("expected_duration_sec", MISSING)
        if expected_duration_sec.__class__ is not float and expected_duration_sec.__class__ is not int:
            if expected_duration_sec is MISSING:
                expected_duration_sec = missing_field(cls, "expected_duration_sec")
                _missing += ("expected_duration_sec",)
            else:
                expected_duration_sec = unexpected_type(cls, "expected_duration_sec", expected_duration_sec, "a number")

        do_dubbing_response_model = cls(
            dubbing_id=dubbing_id,
            expected_duration_sec=expected_duration_sec,
        )
        if _missing:
            do_dubbing_response_model._missing_fields = _missing
        do_dubbing_response_model.additional_properties = d
        return do_dubbing_response_model

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
