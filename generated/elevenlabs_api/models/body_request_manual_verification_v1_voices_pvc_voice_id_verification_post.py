from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    File,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyRequestManualVerificationV1VoicesPvcVoiceIdVerificationPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyRequestManualVerificationV1VoicesPvcVoiceIdVerificationPost(Lazy):
    """Attributes:
    files (list[File]): Verification documents
    extra_text (None | str | Unset): Extra text to be used in the manual verification process.
    """

    files: list[File]

    extra_text: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("files",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        files: Any
        try:
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_tuple()

                files.append(files_item)

        except (AttributeError, TypeError):
            files = self.files

        extra_text: Any
        try:
            extra_text = self.extra_text

        except (AttributeError, TypeError):
            extra_text = self.extra_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if files is not None or "files" not in self._missing_fields:
            field_dict["files"] = files
        if extra_text is not UNSET:
            field_dict["extra_text"] = extra_text
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        for files_item_element in self.files:
            files.append(("files", files_item_element.to_tuple()))

        if not isinstance(self.extra_text, Unset):
            if isinstance(self.extra_text, str) or self.extra_text is None:
                files.append(("extra_text", (None, str(self.extra_text).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_request_manual_verification_v1_voices_pvc_voice_id_verification_post = cls.__new__(cls)
        body_request_manual_verification_v1_voices_pvc_voice_id_verification_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_request_manual_verification_v1_voices_pvc_voice_id_verification_post

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


def _read_files(
    cls: type[BodyRequestManualVerificationV1VoicesPvcVoiceIdVerificationPost], d: Mapping[str, Any]
) -> Any:
    files_raw = d.get("files", MISSING)
    if files_raw is MISSING:
        files = missing_field(cls, "files")
    else:
        try:
            expect_array("files", files_raw)
            files = []
            _files = files_raw
            for files_item_data in _files:
                files_item = File(payload=BytesIO(files_item_data))

                files.append(files_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            files = deviating_field(cls, "files", files_raw)

    return files


_read_extra_text = plain_reader(
    "extra_text",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "files",
        "extra_text",
    )
)


def _read_additional_properties(
    cls: type[BodyRequestManualVerificationV1VoicesPvcVoiceIdVerificationPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyRequestManualVerificationV1VoicesPvcVoiceIdVerificationPost],
    d: Mapping[str, Any],
    known: Mapping[str, Any],
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "files" in known:
        files = known["files"]
    else:
        files = _read_files(cls, d)

    extra_text = d.get("extra_text", UNSET)
    if extra_text.__class__ is not str and extra_text is not None and extra_text is not UNSET:
        extra_text = _read_extra_text(cls, d)

    return {
        "files": files,
        "extra_text": extra_text,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyRequestManualVerificationV1VoicesPvcVoiceIdVerificationPost,
    _all_fields,
    {
        "files": _read_files,
        "extra_text": _read_extra_text,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
