from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    File,
    deviating_field,
    missing_field,
)

T = TypeVar("T", bound="BodyUploadFileV1ConvaiConversationsConversationIdFilesPost")


@_attrs_define
class BodyUploadFileV1ConvaiConversationsConversationIdFilesPost:
    """Attributes:
    file (File): Image or PDF file to upload
    """

    file: File

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        file: Any
        try:
            file = self.file.to_tuple()

        except (AttributeError, TypeError):
            file = self.file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if file is not None or "file" not in self._missing_fields:
            field_dict["file"] = file
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        files.append(("file", self.file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        file_raw = d.pop("file", MISSING)
        if file_raw is MISSING:
            file = missing_field(cls, "file")
            _missing += ("file",)
        else:
            try:
                file = File(payload=BytesIO(file_raw))
            except (KeyError, TypeError, ValueError, AttributeError):
                file = deviating_field(cls, "file", file_raw)

        body_upload_file_v1_convai_conversations_conversation_id_files_post = cls(
            file=file,
        )
        if _missing:
            body_upload_file_v1_convai_conversations_conversation_id_files_post._missing_fields = _missing
        body_upload_file_v1_convai_conversations_conversation_id_files_post.additional_properties = d
        return body_upload_file_v1_convai_conversations_conversation_id_files_post

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
