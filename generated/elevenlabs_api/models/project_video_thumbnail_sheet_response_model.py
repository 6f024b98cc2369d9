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

T = TypeVar("T", bound="ProjectVideoThumbnailSheetResponseModel")


@_attrs_define
class ProjectVideoThumbnailSheetResponseModel:
    """Attributes:
    start_thumbnail_index (int):
    thumbnail_count (int):
    signed_cloud_url (str):
    """

    start_thumbnail_index: int

    thumbnail_count: int

    signed_cloud_url: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        start_thumbnail_index = self.start_thumbnail_index

        thumbnail_count = self.thumbnail_count

        signed_cloud_url = self.signed_cloud_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if start_thumbnail_index is not None or "start_thumbnail_index" not in self._missing_fields:
            field_dict["start_thumbnail_index"] = start_thumbnail_index
        if thumbnail_count is not None or "thumbnail_count" not in self._missing_fields:
            field_dict["thumbnail_count"] = thumbnail_count
        if signed_cloud_url is not None or "signed_cloud_url" not in self._missing_fields:
            field_dict["signed_cloud_url"] = signed_cloud_url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        start_thumbnail_index = d.pop("start_thumbnail_index", MISSING)
        if start_thumbnail_index.__class__ is not int:
            if start_thumbnail_index is MISSING:
                start_thumbnail_index = missing_field(cls, "start_thumbnail_index")
                _missing += ("start_thumbnail_index",)
            else:
                start_thumbnail_index = unexpected_type(
                    cls, "start_thumbnail_index", start_thumbnail_index, "an integer"
                )

        thumbnail_count = d.pop("thumbnail_count", MISSING)
        if thumbnail_count.__class__ is not int:
            if thumbnail_count is MISSING:
                thumbnail_count = missing_field(cls, "thumbnail_count")
                _missing += ("thumbnail_count",)
            else:
                thumbnail_count = unexpected_type(cls, "thumbnail_count", thumbnail_count, "an integer")

        signed_cloud_url = d.pop("signed_cloud_url", MISSING)
        if signed_cloud_url.__class__ is not str:
            if signed_cloud_url is MISSING:
                signed_cloud_url = missing_field(cls, "signed_cloud_url")
                _missing += ("signed_cloud_url",)
            else:
                signed_cloud_url = unexpected_type(cls, "signed_cloud_url", signed_cloud_url, "a string")

        project_video_thumbnail_sheet_response_model = cls(
            start_thumbnail_index=start_thumbnail_index,
            thumbnail_count=thumbnail_count,
            signed_cloud_url=signed_cloud_url,
        )
        if _missing:
            project_video_thumbnail_sheet_response_model._missing_fields = _missing
        project_video_thumbnail_sheet_response_model.additional_properties = d
        return project_video_thumbnail_sheet_response_model

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
