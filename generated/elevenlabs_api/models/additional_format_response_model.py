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

T = TypeVar("T", bound="AdditionalFormatResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AdditionalFormatResponseModel(Lazy):
    """Attributes:
    requested_format (str): The requested format.
    file_extension (str): The file extension of the additional format.
    content_type (str): The content type of the additional format.
    is_base64_encoded (bool): Whether the content is base64 encoded.
    content (str): The content of the additional format.
    """

    requested_format: str

    file_extension: str

    content_type: str

    is_base64_encoded: bool

    content: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "requested_format",
        "file_extension",
        "content_type",
        "is_base64_encoded",
        "content",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        requested_format = self.requested_format

        file_extension = self.file_extension

        content_type = self.content_type

        is_base64_encoded = self.is_base64_encoded

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if requested_format is not None or "requested_format" not in self._missing_fields:
            field_dict["requested_format"] = requested_format
        if file_extension is not None or "file_extension" not in self._missing_fields:
            field_dict["file_extension"] = file_extension
        if content_type is not None or "content_type" not in self._missing_fields:
            field_dict["content_type"] = content_type
        if is_base64_encoded is not None or "is_base64_encoded" not in self._missing_fields:
            field_dict["is_base64_encoded"] = is_base64_encoded
        if content is not None or "content" not in self._missing_fields:
            field_dict["content"] = content
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        additional_format_response_model = cls.__new__(cls)
        additional_format_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return additional_format_response_model

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


_read_requested_format = plain_reader("requested_format", (str,), "a string", True)

_read_file_extension = plain_reader("file_extension", (str,), "a string", True)

_read_content_type = plain_reader("content_type", (str,), "a string", True)

_read_is_base64_encoded = plain_reader("is_base64_encoded", (bool,), "a boolean", True)

_read_content = plain_reader("content", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "requested_format",
        "file_extension",
        "content_type",
        "is_base64_encoded",
        "content",
    )
)


def _read_additional_properties(cls: type[AdditionalFormatResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[AdditionalFormatResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    requested_format = d.get("requested_format", MISSING)
    if requested_format.__class__ is not str:
        requested_format = _read_requested_format(cls, d)

    file_extension = d.get("file_extension", MISSING)
    if file_extension.__class__ is not str:
        file_extension = _read_file_extension(cls, d)

    content_type = d.get("content_type", MISSING)
    if content_type.__class__ is not str:
        content_type = _read_content_type(cls, d)

    is_base64_encoded = d.get("is_base64_encoded", MISSING)
    if is_base64_encoded.__class__ is not bool:
        is_base64_encoded = _read_is_base64_encoded(cls, d)

    content = d.get("content", MISSING)
    if content.__class__ is not str:
        content = _read_content(cls, d)

    return {
        "requested_format": requested_format,
        "file_extension": file_extension,
        "content_type": content_type,
        "is_base64_encoded": is_base64_encoded,
        "content": content,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AdditionalFormatResponseModel,
    _all_fields,
    {
        "requested_format": _read_requested_format,
        "file_extension": _read_file_extension,
        "content_type": _read_content_type,
        "is_base64_encoded": _read_is_base64_encoded,
        "content": _read_content,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
