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
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ManualVerificationResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ManualVerificationResponse(Lazy):
    """Example:
        {'extra_text': 'Please verify the voice is that of a female.', 'files': [{'file_id': 'CwhRBWXzGAHq8TQ4Fs18',
        'file_name': 'file.mp3', 'mime_type': 'audio/mpeg', 'size_bytes': 1000000, 'upload_date_unix': 1714204800}],
        'request_time_unix': 1714204800}

    Attributes:
        extra_text (str): The extra text of the manual verification.
        request_time_unix (int): The date of the manual verification in Unix time.
        files (list[ManualVerificationFileResponse]): The files of the manual verification.
    """

    extra_text: str

    request_time_unix: int

    files: list[ManualVerificationFileResponse]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "extra_text",
        "request_time_unix",
        "files",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        extra_text = self.extra_text

        request_time_unix = self.request_time_unix

        files: Any
        try:
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        except (AttributeError, TypeError):
            files = self.files

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if extra_text is not None or "extra_text" not in self._missing_fields:
            field_dict["extra_text"] = extra_text
        if request_time_unix is not None or "request_time_unix" not in self._missing_fields:
            field_dict["request_time_unix"] = request_time_unix
        if files is not None or "files" not in self._missing_fields:
            field_dict["files"] = files
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        manual_verification_response = cls.__new__(cls)
        manual_verification_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return manual_verification_response

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


_read_extra_text = plain_reader("extra_text", (str,), "a string", True)

_read_request_time_unix = plain_reader("request_time_unix", (int,), "an integer", True)


def _read_files(cls: type[ManualVerificationResponse], d: Mapping[str, Any]) -> Any:
    files_raw = d.get("files", MISSING)
    if files_raw is MISSING:
        files = missing_field(cls, "files")
    else:
        try:
            expect_array("files", files_raw)
            files = []
            _files = files_raw
            for files_item_data in _files:
                files_item = ManualVerificationFileResponse.from_dict(files_item_data)

                files.append(files_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            files = deviating_field(cls, "files", files_raw)

    return files


_FIELDS: frozenset[str] = frozenset(
    (
        "extra_text",
        "request_time_unix",
        "files",
    )
)


def _read_additional_properties(cls: type[ManualVerificationResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ManualVerificationResponse], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    extra_text = d.get("extra_text", MISSING)
    if extra_text.__class__ is not str:
        extra_text = _read_extra_text(cls, d)

    request_time_unix = d.get("request_time_unix", MISSING)
    if request_time_unix.__class__ is not int:
        request_time_unix = _read_request_time_unix(cls, d)

    if "files" in known:
        files = known["files"]
    else:
        files = _read_files(cls, d)

    return {
        "extra_text": extra_text,
        "request_time_unix": request_time_unix,
        "files": files,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ManualVerificationResponse,
    _all_fields,
    {
        "extra_text": _read_extra_text,
        "request_time_unix": _read_request_time_unix,
        "files": _read_files,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.manual_verification_file_response import ManualVerificationFileResponse
