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

T = TypeVar("T", bound="ConversationHistoryTranscriptFileInputResponseModel")


@_attrs_define
class ConversationHistoryTranscriptFileInputResponseModel:
    """Attributes:
    file_id (str):
    original_filename (str):
    mime_type (str):
    file_url (str):
    """

    file_id: str

    original_filename: str

    mime_type: str

    file_url: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        original_filename = self.original_filename

        mime_type = self.mime_type

        file_url = self.file_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if file_id is not None or "file_id" not in self._missing_fields:
            field_dict["file_id"] = file_id
        if original_filename is not None or "original_filename" not in self._missing_fields:
            field_dict["original_filename"] = original_filename
        if mime_type is not None or "mime_type" not in self._missing_fields:
            field_dict["mime_type"] = mime_type
        if file_url is not None or "file_url" not in self._missing_fields:
            field_dict["file_url"] = file_url
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        file_id = d.pop("file_id", MISSING)
        if file_id.__class__ is not str:
            if file_id is MISSING:
                file_id = missing_field(cls, "file_id")
                _missing += ("file_id",)
            else:
                file_id = unexpected_type(cls, "file_id", file_id, "a string")

        original_filename = d.pop("original_filename", MISSING)
        if original_filename.__class__ is not str:
            if original_filename is MISSING:
                original_filename = missing_field(cls, "original_filename")
                _missing += ("original_filename",)
            else:
                original_filename = unexpected_type(cls, "original_filename", original_filename, "a string")

        mime_type = d.pop("mime_type", MISSING)
        if mime_type.__class__ is not str:
            if mime_type is MISSING:
                mime_type = missing_field(cls, "mime_type")
                _missing += ("mime_type",)
            else:
                mime_type = unexpected_type(cls, "mime_type", mime_type, "a string")

        file_url = d.pop("file_url", MISSING)
        if file_url.__class__ is not str:
            if file_url is MISSING:
                file_url = missing_field(cls, "file_url")
                _missing += ("file_url",)
            else:
                file_url = unexpected_type(cls, "file_url", file_url, "a string")

        conversation_history_transcript_file_input_response_model = cls(
            file_id=file_id,
            original_filename=original_filename,
            mime_type=mime_type,
            file_url=file_url,
        )
        if _missing:
            conversation_history_transcript_file_input_response_model._missing_fields = _missing
        conversation_history_transcript_file_input_response_model.additional_properties = d
        return conversation_history_transcript_file_input_response_model

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
