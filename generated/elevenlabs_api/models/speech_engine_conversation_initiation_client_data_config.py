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

T = TypeVar("T", bound="SpeechEngineConversationInitiationClientDataConfig")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SpeechEngineConversationInitiationClientDataConfig(Lazy):
    """Attributes:
    first_message (bool | Unset): Whether the first message can be overridden by the client Defaults to False on the
        server.
    """

    first_message: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        first_message = self.first_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if first_message is not UNSET:
            field_dict["first_message"] = first_message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        speech_engine_conversation_initiation_client_data_config = cls.__new__(cls)
        speech_engine_conversation_initiation_client_data_config.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return speech_engine_conversation_initiation_client_data_config

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


_read_first_message = plain_reader("first_message", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(("first_message",))


def _read_additional_properties(
    cls: type[SpeechEngineConversationInitiationClientDataConfig], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[SpeechEngineConversationInitiationClientDataConfig], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    first_message = d.get("first_message", UNSET)
    if first_message.__class__ is not bool and first_message is not UNSET:
        first_message = _read_first_message(cls, d)

    return {
        "first_message": first_message,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    SpeechEngineConversationInitiationClientDataConfig,
    _all_fields,
    {
        "first_message": _read_first_message,
        "additional_properties": _read_additional_properties,
    },
)
