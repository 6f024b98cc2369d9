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

T = TypeVar("T", bound="ProjectVideoThumbnailSheetResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ProjectVideoThumbnailSheetResponseModel(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "start_thumbnail_index",
        "thumbnail_count",
        "signed_cloud_url",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        project_video_thumbnail_sheet_response_model = cls.__new__(cls)
        project_video_thumbnail_sheet_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_start_thumbnail_index = plain_reader("start_thumbnail_index", (int,), "an integer", True)

_read_thumbnail_count = plain_reader("thumbnail_count", (int,), "an integer", True)

_read_signed_cloud_url = plain_reader("signed_cloud_url", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "start_thumbnail_index",
        "thumbnail_count",
        "signed_cloud_url",
    )
)


def _read_additional_properties(
    cls: type[ProjectVideoThumbnailSheetResponseModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ProjectVideoThumbnailSheetResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    start_thumbnail_index = d.get("start_thumbnail_index", MISSING)
    if start_thumbnail_index.__class__ is not int:
        start_thumbnail_index = _read_start_thumbnail_index(cls, d)

    thumbnail_count = d.get("thumbnail_count", MISSING)
    if thumbnail_count.__class__ is not int:
        thumbnail_count = _read_thumbnail_count(cls, d)

    signed_cloud_url = d.get("signed_cloud_url", MISSING)
    if signed_cloud_url.__class__ is not str:
        signed_cloud_url = _read_signed_cloud_url(cls, d)

    return {
        "start_thumbnail_index": start_thumbnail_index,
        "thumbnail_count": thumbnail_count,
        "signed_cloud_url": signed_cloud_url,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ProjectVideoThumbnailSheetResponseModel,
    _all_fields,
    {
        "start_thumbnail_index": _read_start_thumbnail_index,
        "thumbnail_count": _read_thumbnail_count,
        "signed_cloud_url": _read_signed_cloud_url,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
