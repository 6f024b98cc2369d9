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

T = TypeVar(
    "T", bound="BodyStreamChapterAudioV1StudioProjectsProjectIdChaptersChapterIdSnapshotsChapterSnapshotIdStreamPost"
)


@_attrs_define
class BodyStreamChapterAudioV1StudioProjectsProjectIdChaptersChapterIdSnapshotsChapterSnapshotIdStreamPost:
    """Attributes:
    convert_to_mpeg (bool | Unset): Whether to convert the audio to mpeg format. Default: False.
    """

    convert_to_mpeg: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        convert_to_mpeg = self.convert_to_mpeg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if convert_to_mpeg is not UNSET:
            field_dict["convert_to_mpeg"] = convert_to_mpeg
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        convert_to_mpeg = d.pop("convert_to_mpeg", UNSET)
        if convert_to_mpeg.__class__ is not bool and convert_to_mpeg is not UNSET:
            convert_to_mpeg = unexpected_type(cls, "convert_to_mpeg", convert_to_mpeg, "a boolean")

        body_stream_chapter_audio_v1_studio_projects_project_id_chapters_chapter_id_snapshots_chapter_snapshot_id_stream_post = cls(
            convert_to_mpeg=convert_to_mpeg,
        )
        body_stream_chapter_audio_v1_studio_projects_project_id_chapters_chapter_id_snapshots_chapter_snapshot_id_stream_post.additional_properties = d
        return body_stream_chapter_audio_v1_studio_projects_project_id_chapters_chapter_id_snapshots_chapter_snapshot_id_stream_post

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
