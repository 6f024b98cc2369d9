from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="ConversationDeletionSettings")


@_attrs_define
class ConversationDeletionSettings:
    """Attributes:
    deletion_time_unix_secs (int | None | Unset):
    deleted_logs_at_time_unix_secs (int | None | Unset):
    deleted_audio_at_time_unix_secs (int | None | Unset):
    deleted_transcript_at_time_unix_secs (int | None | Unset):
    delete_transcript_and_pii (bool | Unset):  Default: False.
    delete_audio (bool | Unset):  Default: False.
    """

    deletion_time_unix_secs: int | None | Unset = UNSET

    deleted_logs_at_time_unix_secs: int | None | Unset = UNSET

    deleted_audio_at_time_unix_secs: int | None | Unset = UNSET

    deleted_transcript_at_time_unix_secs: int | None | Unset = UNSET

    delete_transcript_and_pii: bool | Unset = False

    delete_audio: bool | Unset = False

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        deletion_time_unix_secs = d.pop("deletion_time_unix_secs", UNSET)
        if (
            deletion_time_unix_secs.__class__ is not int
            and deletion_time_unix_secs is not None
            and deletion_time_unix_secs is not UNSET
        ):
            deletion_time_unix_secs = unexpected_type(
                cls, "deletion_time_unix_secs", deletion_time_unix_secs, "an integer or null"
            )

        deleted_logs_at_time_unix_secs = d.pop("deleted_logs_at_time_unix_secs", UNSET)
        if (
            deleted_logs_at_time_unix_secs.__class__ is not int
            and deleted_logs_at_time_unix_secs is not None
            and deleted_logs_at_time_unix_secs is not UNSET
        ):
            deleted_logs_at_time_unix_secs = unexpected_type(
                cls, "deleted_logs_at_time_unix_secs", deleted_logs_at_time_unix_secs, "an integer or null"
            )

        deleted_audio_at_time_unix_secs = d.pop("deleted_audio_at_time_unix_secs", UNSET)
        if (
            deleted_audio_at_time_unix_secs.__class__ is not int
            and deleted_audio_at_time_unix_secs is not None
            and deleted_audio_at_time_unix_secs is not UNSET
        ):
            deleted_audio_at_time_unix_secs = unexpected_type(
                cls, "deleted_audio_at_time_unix_secs", deleted_audio_at_time_unix_secs, "an integer or null"
            )

        deleted_transcript_at_time_unix_secs = d.pop("deleted_transcript_at_time_unix_secs", UNSET)
        if (
            deleted_transcript_at_time_unix_secs.__class__ is not int
            and deleted_transcript_at_time_unix_secs is not None
            and deleted_transcript_at_time_unix_secs is not UNSET
        ):
            deleted_transcript_at_time_unix_secs = unexpected_type(
                cls, "deleted_transcript_at_time_unix_secs", deleted_transcript_at_time_unix_secs, "an integer or null"
            )

        delete_transcript_and_pii = d.pop("delete_transcript_and_pii", UNSET)
        if delete_transcript_and_pii.__class__ is not bool and delete_transcript_and_pii is not UNSET:
            delete_transcript_and_pii = unexpected_type(
                cls, "delete_transcript_and_pii", delete_transcript_and_pii, "a boolean"
            )

        delete_audio = d.pop("delete_audio", UNSET)
        if delete_audio.__class__ is not bool and delete_audio is not UNSET:
            delete_audio = unexpected_type(cls, "delete_audio", delete_audio, "a boolean")

        conversation_deletion_settings = cls(
            deletion_time_unix_secs=deletion_time_unix_secs,
            deleted_logs_at_time_unix_secs=deleted_logs_at_time_unix_secs,
            deleted_audio_at_time_unix_secs=deleted_audio_at_time_unix_secs,
            deleted_transcript_at_time_unix_secs=deleted_transcript_at_time_unix_secs,
            delete_transcript_and_pii=delete_transcript_and_pii,
            delete_audio=delete_audio,
        )
        conversation_deletion_settings.additional_properties = d
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
