from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    UNSET,
    File,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="BodyRequestManualVerificationV1VoicesPvcVoiceIdVerificationPost")


@_attrs_define
class BodyRequestManualVerificationV1VoicesPvcVoiceIdVerificationPost:
    """Attributes:
    files (list[File]): Verification documents
    extra_text (None | str | Unset): Extra text to be used in the manual verification process.
    """

    files: list[File]

    extra_text: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        files_raw = d.pop("files", MISSING)
        if files_raw is MISSING:
            files = missing_field(cls, "files")
            _missing += ("files",)
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

        extra_text = d.pop("extra_text", UNSET)
        if extra_text.__class__ is not str and extra_text is not None and extra_text is not UNSET:
            extra_text = unexpected_type(cls, "extra_text", extra_text, "a string or null")

        body_request_manual_verification_v1_voices_pvc_voice_id_verification_post = cls(
            files=files,
            extra_text=extra_text,
        )
        if _missing:
            body_request_manual_verification_v1_voices_pvc_voice_id_verification_post._missing_fields = _missing
        body_request_manual_verification_v1_voices_pvc_voice_id_verification_post.additional_properties = d
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
