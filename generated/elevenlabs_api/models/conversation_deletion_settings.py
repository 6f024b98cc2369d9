from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    BOOL,
    INT,
    NULL,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    union,
)


@_attrs_define(slots=False)
class ConversationDeletionSettings(Lazy, AdditionalProperties[Any]):
    """Attributes:
    delete_transcript_and_pii: Defaults to False on the server.
    delete_audio: Defaults to False on the server.
    """

    deletion_time_unix_secs: int | None | Unset = UNSET

    deleted_logs_at_time_unix_secs: int | None | Unset = UNSET

    deleted_audio_at_time_unix_secs: int | None | Unset = UNSET

    deleted_transcript_at_time_unix_secs: int | None | Unset = UNSET

    delete_transcript_and_pii: bool | Unset = UNSET

    delete_audio: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("deletion_time_unix_secs", "deletion_time_unix_secs", union(INT, NULL)),
        Field("deleted_logs_at_time_unix_secs", "deleted_logs_at_time_unix_secs", union(INT, NULL)),
        Field("deleted_audio_at_time_unix_secs", "deleted_audio_at_time_unix_secs", union(INT, NULL)),
        Field("deleted_transcript_at_time_unix_secs", "deleted_transcript_at_time_unix_secs", union(INT, NULL)),
        Field("delete_transcript_and_pii", "delete_transcript_and_pii", BOOL),
        Field("delete_audio", "delete_audio", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
