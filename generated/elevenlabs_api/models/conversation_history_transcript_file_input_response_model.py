from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    PARSING,
    Lazy,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
    unexpected_type,
)

T = TypeVar("T", bound="ConversationHistoryTranscriptFileInputResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationHistoryTranscriptFileInputResponseModel(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "file_id",
        "original_filename",
        "mime_type",
        "file_url",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_history_transcript_file_input_response_model = cls.__new__(cls)
        conversation_history_transcript_file_input_response_model.__dict__ = _all_fields(
            cls, src_dict
        )  # what __init__ would set, and the rest
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


def _read_file_id(cls: type[ConversationHistoryTranscriptFileInputResponseModel], d: Mapping[str, Any]) -> Any:
    file_id = d.get("file_id", MISSING)
    if file_id.__class__ is not str:
        if file_id is MISSING:
            file_id = missing_field(cls, "file_id")
        else:
            file_id = unexpected_type(cls, "file_id", file_id, "a string")

    return file_id


def _read_original_filename(
    cls: type[ConversationHistoryTranscriptFileInputResponseModel], d: Mapping[str, Any]
) -> Any:
    original_filename = d.get("original_filename", MISSING)
    if original_filename.__class__ is not str:
        if original_filename is MISSING:
            original_filename = missing_field(cls, "original_filename")
        else:
            original_filename = unexpected_type(cls, "original_filename", original_filename, "a string")

    return original_filename


def _read_mime_type(cls: type[ConversationHistoryTranscriptFileInputResponseModel], d: Mapping[str, Any]) -> Any:
    mime_type = d.get("mime_type", MISSING)
    if mime_type.__class__ is not str:
        if mime_type is MISSING:
            mime_type = missing_field(cls, "mime_type")
        else:
            mime_type = unexpected_type(cls, "mime_type", mime_type, "a string")

    return mime_type


def _read_file_url(cls: type[ConversationHistoryTranscriptFileInputResponseModel], d: Mapping[str, Any]) -> Any:
    file_url = d.get("file_url", MISSING)
    if file_url.__class__ is not str:
        if file_url is MISSING:
            file_url = missing_field(cls, "file_url")
        else:
            file_url = unexpected_type(cls, "file_url", file_url, "a string")

    return file_url


_FIELDS: frozenset[str] = frozenset(
    (
        "file_id",
        "original_filename",
        "mime_type",
        "file_url",
    )
)


def _read_additional_properties(
    cls: type[ConversationHistoryTranscriptFileInputResponseModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ConversationHistoryTranscriptFileInputResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all)."""
    file_id = d.get("file_id", MISSING)
    if file_id.__class__ is not str:
        file_id = _read_file_id(cls, d)

    original_filename = d.get("original_filename", MISSING)
    if original_filename.__class__ is not str:
        original_filename = _read_original_filename(cls, d)

    mime_type = d.get("mime_type", MISSING)
    if mime_type.__class__ is not str:
        mime_type = _read_mime_type(cls, d)

    file_url = d.get("file_url", MISSING)
    if file_url.__class__ is not str:
        file_url = _read_file_url(cls, d)

    return {
        "file_id": file_id,
        "original_filename": original_filename,
        "mime_type": mime_type,
        "file_url": file_url,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


ConversationHistoryTranscriptFileInputResponseModel._all_fields = _all_fields
set_readers(
    ConversationHistoryTranscriptFileInputResponseModel,
    {
        "file_id": _read_file_id,
        "original_filename": _read_original_filename,
        "mime_type": _read_mime_type,
        "file_url": _read_file_url,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
