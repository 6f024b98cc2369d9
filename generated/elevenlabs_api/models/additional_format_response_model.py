from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    BOOL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class AdditionalFormatResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    requested_format: The requested format.
    file_extension: The file extension of the additional format.
    content_type: The content type of the additional format.
    is_base64_encoded: Whether the content is base64 encoded.
    content: The content of the additional format.
    """

    requested_format: str

    file_extension: str

    content_type: str

    is_base64_encoded: bool

    content: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("requested_format", "requested_format", STR, required=True),
        Field("file_extension", "file_extension", STR, required=True),
        Field("content_type", "content_type", STR, required=True),
        Field("is_base64_encoded", "is_base64_encoded", BOOL, required=True),
        Field("content", "content", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
