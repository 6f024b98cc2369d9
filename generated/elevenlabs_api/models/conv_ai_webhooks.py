from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    WebhookEventType,
    WebhookTranscriptFormat,
)
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConvAiWebhooks")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConvAiWebhooks(Lazy):
    """Attributes:
    post_call_webhook_id (None | str | Unset):
    events (list[str | WebhookEventType] | Unset): List of event types to send via webhook. Options: transcript,
        audio, call_initiation_failure, unredacted_transcript, unredacted_audio.
    transcript_format (str | Unset | WebhookTranscriptFormat): Format for transcript webhooks. Defaults to 'json' on
        the server.
    send_audio (bool | None | Unset): DEPRECATED: Use 'events' field instead. Whether to send audio data with post-
        call webhooks for ConvAI conversations
    """

    post_call_webhook_id: None | str | Unset = UNSET

    events: list[str | WebhookEventType] | Unset = UNSET

    transcript_format: str | Unset | WebhookTranscriptFormat = UNSET

    send_audio: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        post_call_webhook_id: Any
        try:
            post_call_webhook_id = self.post_call_webhook_id

        except (AttributeError, TypeError):
            post_call_webhook_id = self.post_call_webhook_id

        events: Any
        try:
            events = UNSET
            if not isinstance(self.events, Unset):
                events = []
                for events_item_data in self.events:
                    events_item: str
                    if isinstance(events_item_data, str):
                        events_item = events_item_data
                    else:
                        events_item = events_item_data

                    events.append(events_item)

        except (AttributeError, TypeError):
            events = self.events

        transcript_format: Any
        try:
            if isinstance(self.transcript_format, Unset):
                transcript_format = UNSET
            elif isinstance(self.transcript_format, str):
                transcript_format = self.transcript_format
            else:
                transcript_format = self.transcript_format

        except (AttributeError, TypeError):
            transcript_format = self.transcript_format

        send_audio: Any
        try:
            send_audio = self.send_audio

        except (AttributeError, TypeError):
            send_audio = self.send_audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if post_call_webhook_id is not UNSET:
            field_dict["post_call_webhook_id"] = post_call_webhook_id
        if events is not UNSET:
            field_dict["events"] = events
        if transcript_format is not UNSET:
            field_dict["transcript_format"] = transcript_format
        if send_audio is not UNSET:
            field_dict["send_audio"] = send_audio
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conv_ai_webhooks = cls.__new__(cls)
        conv_ai_webhooks.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return conv_ai_webhooks

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


_read_post_call_webhook_id = plain_reader(
    "post_call_webhook_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_events(cls: type[ConvAiWebhooks], d: Mapping[str, Any]) -> Any:
    events_raw = d.get("events", UNSET)
    try:
        expect_array("events", events_raw)
        _events = events_raw
        events: list[str | WebhookEventType] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = events_item_data

                events.append(events_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        events = deviating_field(cls, "events", events_raw)

    return events


_read_transcript_format = plain_reader("transcript_format", (str,), "a string", False)

_read_send_audio = plain_reader(
    "send_audio",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "post_call_webhook_id",
        "events",
        "transcript_format",
        "send_audio",
    )
)


def _read_additional_properties(cls: type[ConvAiWebhooks], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ConvAiWebhooks], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    post_call_webhook_id = d.get("post_call_webhook_id", UNSET)
    if (
        post_call_webhook_id.__class__ is not str
        and post_call_webhook_id is not None
        and post_call_webhook_id is not UNSET
    ):
        post_call_webhook_id = _read_post_call_webhook_id(cls, d)

    if "events" in known:
        events = known["events"]
    else:
        events = d.get("events", UNSET)
        if events is not UNSET:
            events = _read_events(cls, d)

    transcript_format = d.get("transcript_format", UNSET)
    if transcript_format.__class__ is not str and transcript_format is not UNSET:
        transcript_format = _read_transcript_format(cls, d)

    send_audio = d.get("send_audio", UNSET)
    if send_audio.__class__ is not bool and send_audio is not None and send_audio is not UNSET:
        send_audio = _read_send_audio(cls, d)

    return {
        "post_call_webhook_id": post_call_webhook_id,
        "events": events,
        "transcript_format": transcript_format,
        "send_audio": send_audio,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ConvAiWebhooks,
    _all_fields,
    {
        "post_call_webhook_id": _read_post_call_webhook_id,
        "events": _read_events,
        "transcript_format": _read_transcript_format,
        "send_audio": _read_send_audio,
        "additional_properties": _read_additional_properties,
    },
)
