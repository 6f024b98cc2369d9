from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="SpeechToTextWebhookResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SpeechToTextWebhookResponseModel(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "message",
        "request_id",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        speech_to_text_webhook_response_model = cls.__new__(cls)
        speech_to_text_webhook_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_message = plain_reader("message", (str,), "a string", True)

_read_request_id = plain_reader("request_id", (str,), "a string", True)

_read_transcription_id = plain_reader(
    "transcription_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "message",
        "request_id",
        "transcription_id",
    )
)


def _read_additional_properties(cls: type[SpeechToTextWebhookResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[SpeechToTextWebhookResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    message = d.get("message", MISSING)
    if message.__class__ is not str:
        message = _read_message(cls, d)

    request_id = d.get("request_id", MISSING)
    if request_id.__class__ is not str:
        request_id = _read_request_id(cls, d)

    transcription_id = d.get("transcription_id", UNSET)
    if transcription_id.__class__ is not str and transcription_id is not None and transcription_id is not UNSET:
        transcription_id = _read_transcription_id(cls, d)

    return {
        "message": message,
        "request_id": request_id,
        "transcription_id": transcription_id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    SpeechToTextWebhookResponseModel,
    _all_fields,
    {
        "message": _read_message,
        "request_id": _read_request_id,
        "transcription_id": _read_transcription_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
