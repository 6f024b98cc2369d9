from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    union,
)
from ..models._literals import (
    WebhookEventType,
    WebhookTranscriptFormat,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ConvAiWebhooks(Lazy, AdditionalProperties[Any]):
    """Attributes:
    events: List of event types to send via webhook. Options: transcript, audio, call_initiation_failure,
        unredacted_transcript, unredacted_audio.
    transcript_format: Format for transcript webhooks. Defaults to 'json' on the server.
    send_audio: DEPRECATED: Use 'events' field instead. Whether to send audio data with post-call webhooks for
        ConvAI conversations
    """

    post_call_webhook_id: None | str | Unset = UNSET

    events: list[str | WebhookEventType] | Unset = UNSET

    transcript_format: str | Unset | WebhookTranscriptFormat = UNSET

    send_audio: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("post_call_webhook_id", "post_call_webhook_id", union(STR, NULL)),
        Field("events", "events", list_of(union(literal("WebhookEventType"), STR))),
        Field("transcript_format", "transcript_format", union(literal("WebhookTranscriptFormat"), STR)),
        Field("send_audio", "send_audio", union(BOOL, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
