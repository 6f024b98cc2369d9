from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    INT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class ManualVerificationFileResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'file_id': 'CwhRBWXzGAHq8TQ4Fs18', 'file_name': 'file.mp3', 'mime_type': 'audio/mpeg', 'size_bytes': 1000000,
        'upload_date_unix': 1714204800}

    Attributes:
        file_id: The ID of the file.
        file_name: The name of the file.
        mime_type: The MIME type of the file.
        size_bytes: The size of the file in bytes.
        upload_date_unix: The date of the file in Unix time.
    """

    file_id: str

    file_name: str

    mime_type: str

    size_bytes: int

    upload_date_unix: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("file_id", "file_id", STR, required=True),
        Field("file_name", "file_name", STR, required=True),
        Field("mime_type", "mime_type", STR, required=True),
        Field("size_bytes", "size_bytes", INT, required=True),
        Field("upload_date_unix", "upload_date_unix", INT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
