from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ManualVerificationResponseModel")


@_attrs_define
class ManualVerificationResponseModel:
    """Example:
        {'extra_text': 'Please verify the voice is that of a female.', 'files': [{'file_id': 'CwhRBWXzGAHq8TQ4Fs18',
        'file_name': 'file.mp3', 'mime_type': 'audio/mpeg', 'size_bytes': 1000000, 'upload_date_unix': 1714204800}],
        'request_time_unix': 1714204800}

    Attributes:
        extra_text (str): The extra text of the manual verification.
        request_time_unix (int): The date of the manual verification in Unix time.
        files (list[ManualVerificationFileResponseModel]): The files of the manual verification.
    """

    extra_text: str

    request_time_unix: int

    files: list[ManualVerificationFileResponseModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        extra_text = d.pop("extra_text", MISSING)
        if extra_text.__class__ is not str:
            if extra_text is MISSING:
                extra_text = missing_field(cls, "extra_text")
                _missing += ("extra_text",)
            else:
                extra_text = unexpected_type(cls, "extra_text", extra_text, "a string")

        request_time_unix = d.pop("request_time_unix", MISSING)
        if request_time_unix.__class__ is not int:
            if request_time_unix is MISSING:
                request_time_unix = missing_field(cls, "request_time_unix")
                _missing += ("request_time_unix",)
            else:
                request_time_unix = unexpected_type(cls, "request_time_unix", request_time_unix, "an integer")

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
                    files_item = ManualVerificationFileResponseModel.from_dict(files_item_data)

                    files.append(files_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                files = deviating_field(cls, "files", files_raw)

        manual_verification_response_model = cls(
            extra_text=extra_text,
            request_time_unix=request_time_unix,
            files=files,
        )
        if _missing:
            manual_verification_response_model._missing_fields = _missing
        manual_verification_response_model.additional_properties = d
        return manual_verification_response_model

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.manual_verification_file_response_model import ManualVerificationFileResponseModel
