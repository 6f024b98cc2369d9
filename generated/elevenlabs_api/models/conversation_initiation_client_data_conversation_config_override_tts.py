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

T = TypeVar("T", bound="ConversationInitiationClientDataConversationConfigOverrideTts")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationInitiationClientDataConversationConfigOverrideTts(Lazy):
    """Text-to-speech configuration

    Attributes:
        voice_id (str | Unset): ID of the voice to use for text-to-speech synthesis.
    """

    voice_id: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        voice_id = self.voice_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_initiation_client_data_conversation_config_override_tts = cls.__new__(cls)
        conversation_initiation_client_data_conversation_config_override_tts.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_initiation_client_data_conversation_config_override_tts

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


_read_voice_id = plain_reader("voice_id", (str,), "a string", False)


_FIELDS: frozenset[str] = frozenset(("voice_id",))


def _read_additional_properties(
    cls: type[ConversationInitiationClientDataConversationConfigOverrideTts], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationInitiationClientDataConversationConfigOverrideTts],
    d: Mapping[str, Any],
    known: Mapping[str, Any],
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    voice_id = d.get("voice_id", UNSET)
    if voice_id.__class__ is not str and voice_id is not UNSET:
        voice_id = _read_voice_id(cls, d)

    return {
        "voice_id": voice_id,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ConversationInitiationClientDataConversationConfigOverrideTts,
    _all_fields,
    {
        "voice_id": _read_voice_id,
        "additional_properties": _read_additional_properties,
    },
)
