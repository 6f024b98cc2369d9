from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class SpeechToTextWebhookResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'message': 'Request accepted. Transcription result will be sent to the webhook endpoint.', 'request_id':
        '1234567890'}

    Attributes:
        message: The message of the webhook response.
        request_id: The request ID of the webhook response.
        transcription_id: The transcription ID of the webhook response.
    """

    message: str

    request_id: str

    transcription_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("message", "message", STR, required=True),
        Field("request_id", "request_id", STR, required=True),
        Field("transcription_id", "transcription_id", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
