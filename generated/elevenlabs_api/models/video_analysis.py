from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_analysis_status_type_0 import VideoAnalysisStatusType0
from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="VideoAnalysis")


@_attrs_define
class VideoAnalysis:
    """Attributes:
    status (str | VideoAnalysisStatusType0):
    data (None | VideoAnalysisResult):
    updated_at_ms (int | Unset):
    """

    status: str | VideoAnalysisStatusType0

    data: None | VideoAnalysisResult

    updated_at_ms: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        status: Any
        try:
            if isinstance(self.status, str):
                status = self.status
            else:
                status = self.status

        except (AttributeError, TypeError):
            status = self.status

        data: Any
        try:
            if isinstance(self.data, VideoAnalysisResult):
                data = self.data.to_dict()
            else:
                data = self.data

        except (AttributeError, TypeError):
            data = self.data

        updated_at_ms = self.updated_at_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if status is not None or "status" not in self._missing_fields:
            field_dict["status"] = status
        if data is not None or "data" not in self._missing_fields:
            field_dict["data"] = data
        if updated_at_ms is not UNSET:
            field_dict["updated_at_ms"] = updated_at_ms
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        status = d.pop("status", MISSING)
        if status.__class__ is not str:
            if status is MISSING:
                status = missing_field(cls, "status")
                _missing += ("status",)
            else:
                status = unexpected_type(cls, "status", status, "a string")

        data_raw = d.pop("data", MISSING)
        if data_raw is MISSING:
            data = missing_field(cls, "data")
            _missing += ("data",)
        else:
            try:

                def _parse_data(data: object) -> None | VideoAnalysisResult:
                    if data is None:
                        return data

                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    data_type_0 = VideoAnalysisResult.from_dict(data)

                    return data_type_0

                data = _parse_data(data_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                data = deviating_field(cls, "data", data_raw)

        updated_at_ms = d.pop("updated_at_ms", UNSET)
        if updated_at_ms.__class__ is not int and updated_at_ms is not UNSET:
            updated_at_ms = unexpected_type(cls, "updated_at_ms", updated_at_ms, "an integer")

        video_analysis = cls(
            status=status,
            data=data,
            updated_at_ms=updated_at_ms,
        )
        if _missing:
            video_analysis._missing_fields = _missing
        video_analysis.additional_properties = d
        return video_analysis

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.video_analysis_result import VideoAnalysisResult
