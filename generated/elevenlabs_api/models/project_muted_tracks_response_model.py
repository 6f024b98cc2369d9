from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    check_items,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ProjectMutedTracksResponseModel")


@_attrs_define
class ProjectMutedTracksResponseModel:
    """Example:
        {'chapter_ids': ['aw1NgEzBg83R7vgmiJt6']}

    Attributes:
        chapter_ids (list[str]): List of chapter IDs that have muted tracks.
    """

    chapter_ids: list[str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        chapter_ids: Any
        try:
            chapter_ids = self.chapter_ids

        except (AttributeError, TypeError):
            chapter_ids = self.chapter_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if chapter_ids is not None or "chapter_ids" not in self._missing_fields:
            field_dict["chapter_ids"] = chapter_ids
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        chapter_ids = d.pop("chapter_ids", MISSING)
        if chapter_ids.__class__ is not list:
            if chapter_ids is MISSING:
                chapter_ids = missing_field(cls, "chapter_ids")
                _missing += ("chapter_ids",)
            else:
                chapter_ids = unexpected_type(cls, "chapter_ids", chapter_ids, "an array")
        elif chapter_ids.__class__ is list and chapter_ids:
            check_items(cls, "chapter_ids", chapter_ids, (str,), "a string")

        project_muted_tracks_response_model = cls(
            chapter_ids=chapter_ids,
        )
        if _missing:
            project_muted_tracks_response_model._missing_fields = _missing
        project_muted_tracks_response_model.additional_properties = d
        return project_muted_tracks_response_model

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
