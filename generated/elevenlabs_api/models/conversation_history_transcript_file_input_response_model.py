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
            cls, src_dict, NOTHING
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


_read_file_id = plain_reader("file_id", (str,), "a string", True)

_read_original_filename = plain_reader("original_filename", (str,), "a string", True)

_read_mime_type = plain_reader("mime_type", (str,), "a string", True)

_read_file_url = plain_reader("file_url", (str,), "a string", True)


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


def _all_fields(
    cls: type[ConversationHistoryTranscriptFileInputResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
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


set_readers(
    ConversationHistoryTranscriptFileInputResponseModel,
    _all_fields,
    {
        "file_id": _read_file_id,
        "original_filename": _read_original_filename,
        "mime_type": _read_mime_type,
        "file_url": _read_file_url,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
