from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConversationVoiceUsageModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationVoiceUsageModel(Lazy):
    """Attributes:
    voice_id (str):
    audio_output_seconds (float | Unset): Defaults to 0.0 on the server.
    """

    voice_id: str

    audio_output_seconds: float | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("voice_id",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        voice_id = self.voice_id

        audio_output_seconds = self.audio_output_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if voice_id is not None or "voice_id" not in self._missing_fields:
            field_dict["voice_id"] = voice_id
        if audio_output_seconds is not UNSET:
            field_dict["audio_output_seconds"] = audio_output_seconds
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_voice_usage_model = cls.__new__(cls)
        conversation_voice_usage_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_voice_usage_model

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


_read_voice_id = plain_reader("voice_id", (str,), "a string", True)

_read_audio_output_seconds = plain_reader(
    "audio_output_seconds",
    (
        float,
        int,
    ),
    "a number",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "voice_id",
        "audio_output_seconds",
    )
)


def _read_additional_properties(cls: type[ConversationVoiceUsageModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationVoiceUsageModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    voice_id = d.get("voice_id", MISSING)
    if voice_id.__class__ is not str:
        voice_id = _read_voice_id(cls, d)

    audio_output_seconds = d.get("audio_output_seconds", UNSET)
    if (
        audio_output_seconds.__class__ is not float
        and audio_output_seconds.__class__ is not int
        and audio_output_seconds is not UNSET
    ):
        audio_output_seconds = _read_audio_output_seconds(cls, d)

    return {
        "voice_id": voice_id,
        "audio_output_seconds": audio_output_seconds,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ConversationVoiceUsageModel,
    _all_fields,
    {
        "voice_id": _read_voice_id,
        "audio_output_seconds": _read_audio_output_seconds,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
