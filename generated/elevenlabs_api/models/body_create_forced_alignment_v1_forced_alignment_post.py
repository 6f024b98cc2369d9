from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import File

T = TypeVar("T", bound="BodyCreateForcedAlignmentV1ForcedAlignmentPost")


@_attrs_define
class BodyCreateForcedAlignmentV1ForcedAlignmentPost:
    """Attributes:
    file (File): The file to align. All major audio formats are supported. The file size must be less than 1GB.
    text (str): The text to align with the audio. The input text can be in any format, however diarization is not
        supported at this time.
    """

    file: File

    text: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["file"] = file
        field_dict["text"] = text
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        files.append(("file", self.file.to_tuple()))

        files.append(("text", (None, str(self.text).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        text = d.pop("text")

        body_create_forced_alignment_v1_forced_alignment_post = cls(
            file=file,
            text=text,
        )
        body_create_forced_alignment_v1_forced_alignment_post.additional_properties = d
        return body_create_forced_alignment_v1_forced_alignment_post

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
