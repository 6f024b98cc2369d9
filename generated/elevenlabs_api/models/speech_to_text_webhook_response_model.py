from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="SpeechToTextWebhookResponseModel")


@_attrs_define
class SpeechToTextWebhookResponseModel:
    """Example:
        {'message': 'Request accepted. Transcription result will be sent to the webhook endpoint.', 'request_id':
        '1234567890'}

    Attributes:
        message (str): The message of the webhook response.
        request_id (str): The request ID of the webhook response.
        transcription_id (None | str | Unset): The transcription ID of the webhook response.
    """

    message: str

    request_id: str

    transcription_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        request_id = self.request_id

        transcription_id: Any
        try:
            transcription_id = self.transcription_id

        except (AttributeError, TypeError):
            transcription_id = self.transcription_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if message is not None or "message" not in self._missing_fields:
            field_dict["message"] = message
        if request_id is not None or "request_id" not in self._missing_fields:
            field_dict["request_id"] = request_id
        if transcription_id is not UNSET:
            field_dict["transcription_id"] = transcription_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        message = d.pop("message", MISSING)
        if message.__class__ is not str:
            if message is MISSING:
                message = missing_field(cls, "message")
                _missing += ("message",)
            else:
                message = unexpected_type(cls, "message", message, "a string")

        request_id = d.pop("request_id", MISSING)
        if request_id.__class__ is not str:
            if request_id is MISSING:
                request_id = missing_field(cls, "request_id")
                _missing += ("request_id",)
            else:
                request_id = unexpected_type(cls, "request_id", request_id, "a string")

        transcription_id = d.pop("transcription_id", UNSET)
        if transcription_id.__class__ is not str and transcription_id is not None and transcription_id is not UNSET:
            transcription_id = unexpected_type(cls, "transcription_id", transcription_id, "a string or null")

        speech_to_text_webhook_response_model = cls(
            message=message,
            request_id=request_id,
            transcription_id=transcription_id,
        )
        if _missing:
            speech_to_text_webhook_response_model._missing_fields = _missing
        speech_to_text_webhook_response_model.additional_properties = d
        return speech_to_text_webhook_response_model

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
