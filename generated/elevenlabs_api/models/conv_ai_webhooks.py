from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType
from ..models.webhook_transcript_format import WebhookTranscriptFormat
from ..types import (
    UNSET,
    Unset,
    deviating_field,
    expect_array,
    unexpected_type,
)

T = TypeVar("T", bound="ConvAIWebhooks")


@_attrs_define
class ConvAIWebhooks:
    """Attributes:
    post_call_webhook_id (None | str | Unset):
    events (list[str | WebhookEventType] | Unset): List of event types to send via webhook. Options: transcript,
        audio, call_initiation_failure, unredacted_transcript, unredacted_audio.
    transcript_format (str | Unset | WebhookTranscriptFormat): Format for transcript webhooks. Default: 'json'.
    send_audio (bool | None | Unset): DEPRECATED: Use 'events' field instead. Whether to send audio data with post-
        call webhooks for ConvAI conversations
    """

    post_call_webhook_id: None | str | Unset = UNSET

    events: list[str | WebhookEventType] | Unset = UNSET

    transcript_format: str | Unset | WebhookTranscriptFormat = "json"

    send_audio: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        post_call_webhook_id = d.pop("post_call_webhook_id", UNSET)
        if (
            post_call_webhook_id.__class__ is not str
            and post_call_webhook_id is not None
            and post_call_webhook_id is not UNSET
        ):
            post_call_webhook_id = unexpected_type(
                cls, "post_call_webhook_id", post_call_webhook_id, "a string or null"
            )

        events_raw = d.pop("events", UNSET)
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

        transcript_format = d.pop("transcript_format", UNSET)
        if transcript_format.__class__ is not str and transcript_format is not UNSET:
            transcript_format = unexpected_type(cls, "transcript_format", transcript_format, "a string")

        send_audio = d.pop("send_audio", UNSET)
        if send_audio.__class__ is not bool and send_audio is not None and send_audio is not UNSET:
            send_audio = unexpected_type(cls, "send_audio", send_audio, "a boolean or null")

        conv_ai_webhooks = cls(
            post_call_webhook_id=post_call_webhook_id,
            events=events,
            transcript_format=transcript_format,
            send_audio=send_audio,
        )
        conv_ai_webhooks.additional_properties = d
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
