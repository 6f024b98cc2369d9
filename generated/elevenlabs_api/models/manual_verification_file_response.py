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

T = TypeVar("T", bound="ManualVerificationFileResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ManualVerificationFileResponse(Lazy):
    """Example:
        {'file_id': 'CwhRBWXzGAHq8TQ4Fs18', 'file_name': 'file.mp3', 'mime_type': 'audio/mpeg', 'size_bytes': 1000000,
        'upload_date_unix': 1714204800}

    Attributes:
        file_id (str): The ID of the file.
        file_name (str): The name of the file.
        mime_type (str): The MIME type of the file.
        size_bytes (int): The size of the file in bytes.
        upload_date_unix (int): The date of the file in Unix time.
    """

    file_id: str

    file_name: str

    mime_type: str

    size_bytes: int

    upload_date_unix: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "file_id",
        "file_name",
        "mime_type",
        "size_bytes",
        "upload_date_unix",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        file_id = self.file_id

        file_name = self.file_name

        mime_type = self.mime_type

        size_bytes = self.size_bytes

        upload_date_unix = self.upload_date_unix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if file_id is not None or "file_id" not in self._missing_fields:
            field_dict["file_id"] = file_id
        if file_name is not None or "file_name" not in self._missing_fields:
            field_dict["file_name"] = file_name
        if mime_type is not None or "mime_type" not in self._missing_fields:
            field_dict["mime_type"] = mime_type
        if size_bytes is not None or "size_bytes" not in self._missing_fields:
            field_dict["size_bytes"] = size_bytes
        if upload_date_unix is not None or "upload_date_unix" not in self._missing_fields:
            field_dict["upload_date_unix"] = upload_date_unix
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        manual_verification_file_response = cls.__new__(cls)
        manual_verification_file_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return manual_verification_file_response

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

_read_file_name = plain_reader("file_name", (str,), "a string", True)

_read_mime_type = plain_reader("mime_type", (str,), "a string", True)

_read_size_bytes = plain_reader("size_bytes", (int,), "an integer", True)

_read_upload_date_unix = plain_reader("upload_date_unix", (int,), "an integer", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "file_id",
        "file_name",
        "mime_type",
        "size_bytes",
        "upload_date_unix",
    )
)


def _read_additional_properties(cls: type[ManualVerificationFileResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ManualVerificationFileResponse], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    file_id = d.get("file_id", MISSING)
    if file_id.__class__ is not str:
        file_id = _read_file_id(cls, d)

    file_name = d.get("file_name", MISSING)
    if file_name.__class__ is not str:
        file_name = _read_file_name(cls, d)

    mime_type = d.get("mime_type", MISSING)
    if mime_type.__class__ is not str:
        mime_type = _read_mime_type(cls, d)

    size_bytes = d.get("size_bytes", MISSING)
    if size_bytes.__class__ is not int:
        size_bytes = _read_size_bytes(cls, d)

    upload_date_unix = d.get("upload_date_unix", MISSING)
    if upload_date_unix.__class__ is not int:
        upload_date_unix = _read_upload_date_unix(cls, d)

    return {
        "file_id": file_id,
        "file_name": file_name,
        "mime_type": mime_type,
        "size_bytes": size_bytes,
        "upload_date_unix": upload_date_unix,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ManualVerificationFileResponse,
    _all_fields,
    {
        "file_id": _read_file_id,
        "file_name": _read_file_name,
        "mime_type": _read_mime_type,
        "size_bytes": _read_size_bytes,
        "upload_date_unix": _read_upload_date_unix,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
