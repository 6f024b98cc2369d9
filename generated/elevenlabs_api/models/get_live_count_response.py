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

T = TypeVar("T", bound="GetLiveCountResponse")


@_attrs_define
class GetLiveCountResponse:
    """Attributes:
    count (int): The number of active ongoing conversations.
    """

    count: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if count is not None or "count" not in self._missing_fields:
            field_dict["count"] = count
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        count = d.pop("count", MISSING)
        if count.__class__ is not int:
            if count is MISSING:
                count = missing_field(cls, "count")
                _missing += ("count",)
            else:
                count = unexpected_type(cls, "count", count, "an integer")

        get_live_count_response = cls(
            count=count,
        )
        if _missing:
            get_live_count_response._missing_fields = _missing
        get_live_count_response.additional_properties = d
        return get_live_count_response

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
