from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="SegmentUpdatePayload")


@_attrs_define
class SegmentUpdatePayload:
    """Attributes:
    start_time (float | None | Unset):
    end_time (float | None | Unset):
    text (None | str | Unset):
    """

    start_time: float | None | Unset = UNSET

    end_time: float | None | Unset = UNSET

    text: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time: Any
        try:
            start_time = self.start_time

        except (AttributeError, TypeError):
            start_time = self.start_time

        end_time: Any
        try:
            end_time = self.end_time

        except (AttributeError, TypeError):
            end_time = self.end_time

        text: Any
        try:
            text = self.text

        except (AttributeError, TypeError):
            text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if text is not UNSET:
            field_dict["text"] = text
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        start_time = d.pop("start_time", UNSET)
        if (
            start_time.__class__ is not float
            and start_time.__class__ is not int
            and start_time is not None
            and start_time is not UNSET
        ):
            start_time = unexpected_type(cls, "start_time", start_time, "a number or null")

        end_time = d.pop("end_time", UNSET)
        if (
            end_time.__class__ is not float
            and end_time.__class__ is not int
            and end_time is not None
            and end_time is not UNSET
        ):
            end_time = unexpected_type(cls, "end_time", end_time, "a number or null")

        text = d.pop("text", UNSET)
        if text.__class__ is not str and text is not None and text is not UNSET:
            text = unexpected_type(cls, "text", text, "a string or null")

        segment_update_payload = cls(
            start_time=start_time,
            end_time=end_time,
            text=text,
        )
        segment_update_payload.additional_properties = d
        return segment_update_payload

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
