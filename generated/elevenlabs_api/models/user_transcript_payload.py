from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, INT, STR, AdditionalProperties, Field, Lazy, const, dict_of, list_of, object_of
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class UserTranscriptPayload(Lazy, AdditionalProperties[Any]):
    """Sent each time the user finishes a turn.

    Attributes:
        user_transcript: Every turn of the conversation so far, oldest first, the user's latest turn last.
        event_id: Grows with each transcript of the connection; a reply names it, so that replies to an interrupted turn
            can be told apart.
    """

    type_: Literal["user_transcript"] = _attrs_field(
        default="user_transcript",
        kw_only=True,
        alias="type",
        validator=types.tag("UserTranscriptPayload", "type", "user_transcript"),
    )

    user_transcript: list[TranscriptMessage]

    event_id: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("user_transcript"), required=True),
        Field("user_transcript", "user_transcript", list_of(object_of("TranscriptMessage")), required=True),
        Field("event_id", "event_id", INT),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(UserTranscriptPayload, type_="type")


@_attrs_define(slots=False)
class TranscriptMessage(Lazy, AdditionalProperties[Any]):
    """One turn of the conversation.

    Attributes:
        role: Who spoke the turn, "user" or "agent".
        content: What was said in the turn.
    """

    role: str

    content: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("role", "role", STR, required=True),
        Field("content", "content", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
