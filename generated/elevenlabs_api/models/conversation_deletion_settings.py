from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConversationDeletionSettings")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationDeletionSettings(Lazy):
    """Attributes:
    deletion_time_unix_secs (int | None | Unset):
    deleted_logs_at_time_unix_secs (int | None | Unset):
    deleted_audio_at_time_unix_secs (int | None | Unset):
    deleted_transcript_at_time_unix_secs (int | None | Unset):
    delete_transcript_and_pii (bool | Unset): Defaults to False on the server.
    delete_audio (bool | Unset): Defaults to False on the server.
    """

    deletion_time_unix_secs: int | None | Unset = UNSET

    deleted_logs_at_time_unix_secs: int | None | Unset = UNSET

    deleted_audio_at_time_unix_secs: int | None | Unset = UNSET

    deleted_transcript_at_time_unix_secs: int | None | Unset = UNSET

    delete_transcript_and_pii: bool | Unset = UNSET

    delete_audio: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        deletion_time_unix_secs: Any
        try:
            deletion_time_unix_secs = self.deletion_time_unix_secs

        except (AttributeError, TypeError):
            deletion_time_unix_secs = self.deletion_time_unix_secs

        deleted_logs_at_time_unix_secs: Any
        try:
            deleted_logs_at_time_unix_secs = self.deleted_logs_at_time_unix_secs

        except (AttributeError, TypeError):
            deleted_logs_at_time_unix_secs = self.deleted_logs_at_time_unix_secs

        deleted_audio_at_time_unix_secs: Any
        try:
            deleted_audio_at_time_unix_secs = self.deleted_audio_at_time_unix_secs

        except (AttributeError, TypeError):
            deleted_audio_at_time_unix_secs = self.deleted_audio_at_time_unix_secs

        deleted_transcript_at_time_unix_secs: Any
        try:
            deleted_transcript_at_time_unix_secs = self.deleted_transcript_at_time_unix_secs

        except (AttributeError, TypeError):
            deleted_transcript_at_time_unix_secs = self.deleted_transcript_at_time_unix_secs

        delete_transcript_and_pii = self.delete_transcript_and_pii

        delete_audio = self.delete_audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if deletion_time_unix_secs is not UNSET:
            field_dict["deletion_time_unix_secs"] = deletion_time_unix_secs
        if deleted_logs_at_time_unix_secs is not UNSET:
            field_dict["deleted_logs_at_time_unix_secs"] = deleted_logs_at_time_unix_secs
        if deleted_audio_at_time_unix_secs is not UNSET:
            field_dict["deleted_audio_at_time_unix_secs"] = deleted_audio_at_time_unix_secs
        if deleted_transcript_at_time_unix_secs is not UNSET:
            field_dict["deleted_transcript_at_time_unix_secs"] = deleted_transcript_at_time_unix_secs
        if delete_transcript_and_pii is not UNSET:
            field_dict["delete_transcript_and_pii"] = delete_transcript_and_pii
        if delete_audio is not UNSET:
            field_dict["delete_audio"] = delete_audio
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_deletion_settings = cls.__new__(cls)
        conversation_deletion_settings.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_deletion_settings

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


_read_deletion_time_unix_secs = plain_reader(
    "deletion_time_unix_secs",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_deleted_logs_at_time_unix_secs = plain_reader(
    "deleted_logs_at_time_unix_secs",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_deleted_audio_at_time_unix_secs = plain_reader(
    "deleted_audio_at_time_unix_secs",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_deleted_transcript_at_time_unix_secs = plain_reader(
    "deleted_transcript_at_time_unix_secs",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_delete_transcript_and_pii = plain_reader("delete_transcript_and_pii", (bool,), "a boolean", False)

_read_delete_audio = plain_reader("delete_audio", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "deletion_time_unix_secs",
        "deleted_logs_at_time_unix_secs",
        "deleted_audio_at_time_unix_secs",
        "deleted_transcript_at_time_unix_secs",
        "delete_transcript_and_pii",
        "delete_audio",
    )
)


def _read_additional_properties(cls: type[ConversationDeletionSettings], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationDeletionSettings], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    deletion_time_unix_secs = d.get("deletion_time_unix_secs", UNSET)
    if (
        deletion_time_unix_secs.__class__ is not int
        and deletion_time_unix_secs is not None
        and deletion_time_unix_secs is not UNSET
    ):
        deletion_time_unix_secs = _read_deletion_time_unix_secs(cls, d)

    deleted_logs_at_time_unix_secs = d.get("deleted_logs_at_time_unix_secs", UNSET)
    if (
        deleted_logs_at_time_unix_secs.__class__ is not int
        and deleted_logs_at_time_unix_secs is not None
        and deleted_logs_at_time_unix_secs is not UNSET
    ):
        deleted_logs_at_time_unix_secs = _read_deleted_logs_at_time_unix_secs(cls, d)

    deleted_audio_at_time_unix_secs = d.get("deleted_audio_at_time_unix_secs", UNSET)
    if (
        deleted_audio_at_time_unix_secs.__class__ is not int
        and deleted_audio_at_time_unix_secs is not None
        and deleted_audio_at_time_unix_secs is not UNSET
    ):
        deleted_audio_at_time_unix_secs = _read_deleted_audio_at_time_unix_secs(cls, d)

    deleted_transcript_at_time_unix_secs = d.get("deleted_transcript_at_time_unix_secs", UNSET)
    if (
        deleted_transcript_at_time_unix_secs.__class__ is not int
        and deleted_transcript_at_time_unix_secs is not None
        and deleted_transcript_at_time_unix_secs is not UNSET
    ):
        deleted_transcript_at_time_unix_secs = _read_deleted_transcript_at_time_unix_secs(cls, d)

    delete_transcript_and_pii = d.get("delete_transcript_and_pii", UNSET)
    if delete_transcript_and_pii.__class__ is not bool and delete_transcript_and_pii is not UNSET:
        delete_transcript_and_pii = _read_delete_transcript_and_pii(cls, d)

    delete_audio = d.get("delete_audio", UNSET)
    if delete_audio.__class__ is not bool and delete_audio is not UNSET:
        delete_audio = _read_delete_audio(cls, d)

    return {
        "deletion_time_unix_secs": deletion_time_unix_secs,
        "deleted_logs_at_time_unix_secs": deleted_logs_at_time_unix_secs,
        "deleted_audio_at_time_unix_secs": deleted_audio_at_time_unix_secs,
        "deleted_transcript_at_time_unix_secs": deleted_transcript_at_time_unix_secs,
        "delete_transcript_and_pii": delete_transcript_and_pii,
        "delete_audio": delete_audio,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ConversationDeletionSettings,
    _all_fields,
    {
        "deletion_time_unix_secs": _read_deletion_time_unix_secs,
        "deleted_logs_at_time_unix_secs": _read_deleted_logs_at_time_unix_secs,
        "deleted_audio_at_time_unix_secs": _read_deleted_audio_at_time_unix_secs,
        "deleted_transcript_at_time_unix_secs": _read_deleted_transcript_at_time_unix_secs,
        "delete_transcript_and_pii": _read_delete_transcript_and_pii,
        "delete_audio": _read_delete_audio,
        "additional_properties": _read_additional_properties,
    },
)
