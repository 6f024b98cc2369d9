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
    list_of,
    object_of,
)


@_attrs_define(slots=False)
class ManualVerificationResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'extra_text': 'Please verify the voice is that of a female.', 'files': [{'file_id': 'CwhRBWXzGAHq8TQ4Fs18',
        'file_name': 'file.mp3', 'mime_type': 'audio/mpeg', 'size_bytes': 1000000, 'upload_date_unix': 1714204800}],
        'request_time_unix': 1714204800}

    Attributes:
        extra_text: The extra text of the manual verification.
        request_time_unix: The date of the manual verification in Unix time.
        files: The files of the manual verification.
    """

    extra_text: str

    request_time_unix: int

    files: list[ManualVerificationFileResponse]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("extra_text", "extra_text", STR, required=True),
        Field("request_time_unix", "request_time_unix", INT, required=True),
        Field("files", "files", list_of(object_of("ManualVerificationFileResponse")), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.manual_verification_file_response import ManualVerificationFileResponse
