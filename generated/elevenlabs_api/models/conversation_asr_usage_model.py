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

T = TypeVar("T", bound="ConversationAsrUsageModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationAsrUsageModel(Lazy):
    """Aggregated ASR usage for a conversation (analytics-only, not billing).

    Attributes:
        asr_model (None | str | Unset):
        total_transcription_calls (int | Unset): Defaults to 0 on the server.
        total_audio_input_seconds (float | Unset): Defaults to 0.0 on the server.
    """

    asr_model: None | str | Unset = UNSET

    total_transcription_calls: int | Unset = UNSET

    total_audio_input_seconds: float | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        asr_model: Any
        try:
            asr_model = self.asr_model

        except (AttributeError, TypeError):
            asr_model = self.asr_model

        total_transcription_calls = self.total_transcription_calls

        total_audio_input_seconds = self.total_audio_input_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if asr_model is not UNSET:
            field_dict["asr_model"] = asr_model
        if total_transcription_calls is not UNSET:
            field_dict["total_transcription_calls"] = total_transcription_calls
        if total_audio_input_seconds is not UNSET:
            field_dict["total_audio_input_seconds"] = total_audio_input_seconds
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_asr_usage_model = cls.__new__(cls)
        conversation_asr_usage_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_asr_usage_model

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


_read_asr_model = plain_reader(
    "asr_model",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_total_transcription_calls = plain_reader("total_transcription_calls", (int,), "an integer", False)

_read_total_audio_input_seconds = plain_reader(
    "total_audio_input_seconds",
    (
        float,
        int,
    ),
    "a number",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "asr_model",
        "total_transcription_calls",
        "total_audio_input_seconds",
    )
)


def _read_additional_properties(cls: type[ConversationAsrUsageModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ConversationAsrUsageModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    asr_model = d.get("asr_model", UNSET)
    if asr_model.__class__ is not str and asr_model is not None and asr_model is not UNSET:
        asr_model = _read_asr_model(cls, d)

    total_transcription_calls = d.get("total_transcription_calls", UNSET)
    if total_transcription_calls.__class__ is not int and total_transcription_calls is not UNSET:
        total_transcription_calls = _read_total_transcription_calls(cls, d)

    total_audio_input_seconds = d.get("total_audio_input_seconds", UNSET)
    if (
        total_audio_input_seconds.__class__ is not float
        and total_audio_input_seconds.__class__ is not int
        and total_audio_input_seconds is not UNSET
    ):
        total_audio_input_seconds = _read_total_audio_input_seconds(cls, d)

    return {
        "asr_model": asr_model,
        "total_transcription_calls": total_transcription_calls,
        "total_audio_input_seconds": total_audio_input_seconds,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ConversationAsrUsageModel,
    _all_fields,
    {
        "asr_model": _read_asr_model,
        "total_transcription_calls": _read_total_transcription_calls,
        "total_audio_input_seconds": _read_total_audio_input_seconds,
        "additional_properties": _read_additional_properties,
    },
)
