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

T = TypeVar("T", bound="UserAudioChunk")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class UserAudioChunk(Lazy):
    """Schema for chunks of user audio data

    Attributes:
        user_audio_chunk (str | Unset): Base64-encoded audio data chunk from user input.
    """

    user_audio_chunk: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        user_audio_chunk = self.user_audio_chunk

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if user_audio_chunk is not UNSET:
            field_dict["user_audio_chunk"] = user_audio_chunk
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        user_audio_chunk = cls.__new__(cls)
        user_audio_chunk.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return user_audio_chunk

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


_read_user_audio_chunk = plain_reader("user_audio_chunk", (str,), "a string", False)


_FIELDS: frozenset[str] = frozenset(("user_audio_chunk",))


def _read_additional_properties(cls: type[UserAudioChunk], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[UserAudioChunk], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    user_audio_chunk = d.get("user_audio_chunk", UNSET)
    if user_audio_chunk.__class__ is not str and user_audio_chunk is not UNSET:
        user_audio_chunk = _read_user_audio_chunk(cls, d)

    return {
        "user_audio_chunk": user_audio_chunk,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    UserAudioChunk,
    _all_fields,
    {
        "user_audio_chunk": _read_user_audio_chunk,
        "additional_properties": _read_additional_properties,
    },
)
