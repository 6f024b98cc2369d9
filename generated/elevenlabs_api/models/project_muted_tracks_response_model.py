from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, deviating_field, missing_field

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

    def to_dict(self) -> dict[str, Any]:
        chapter_ids: Any
        try:
            chapter_ids = self.chapter_ids

        except (AttributeError, TypeError):
            chapter_ids = self.chapter_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if chapter_ids is not None:
            field_dict["chapter_ids"] = chapter_ids
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        chapter_ids_raw = d.pop("chapter_ids", MISSING)
        if chapter_ids_raw is MISSING:
            chapter_ids_raw = missing_field(cls, "chapter_ids")
        try:
            chapter_ids = cast(list[str], chapter_ids_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            chapter_ids = deviating_field(cls, "chapter_ids", chapter_ids_raw)

        project_muted_tracks_response_model = cls(
            chapter_ids=chapter_ids,
        )
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
