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
    deviating_field,
    expect_array,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConversationTtsUsageModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationTtsUsageModel(Lazy):
    """Aggregated TTS usage for a conversation (analytics-only, not billing).

    Attributes:
        primary_tts_model (None | str | Unset):
        total_audio_output_seconds (float | Unset): Defaults to 0.0 on the server.
        total_characters (int | Unset): Defaults to 0 on the server.
        per_voice_usage (list[ConversationVoiceUsageModel] | Unset):
    """

    primary_tts_model: None | str | Unset = UNSET

    total_audio_output_seconds: float | Unset = UNSET

    total_characters: int | Unset = UNSET

    per_voice_usage: list[ConversationVoiceUsageModel] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        primary_tts_model: Any
        try:
            primary_tts_model = self.primary_tts_model

        except (AttributeError, TypeError):
            primary_tts_model = self.primary_tts_model

        total_audio_output_seconds = self.total_audio_output_seconds

        total_characters = self.total_characters

        per_voice_usage: Any
        try:
            per_voice_usage = UNSET
            if not isinstance(self.per_voice_usage, Unset):
                per_voice_usage = []
                for per_voice_usage_item_data in self.per_voice_usage:
                    per_voice_usage_item = per_voice_usage_item_data.to_dict()
                    per_voice_usage.append(per_voice_usage_item)

        except (AttributeError, TypeError):
            per_voice_usage = self.per_voice_usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if primary_tts_model is not UNSET:
            field_dict["primary_tts_model"] = primary_tts_model
        if total_audio_output_seconds is not UNSET:
            field_dict["total_audio_output_seconds"] = total_audio_output_seconds
        if total_characters is not UNSET:
            field_dict["total_characters"] = total_characters
        if per_voice_usage is not UNSET:
            field_dict["per_voice_usage"] = per_voice_usage
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_tts_usage_model = cls.__new__(cls)
        conversation_tts_usage_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_tts_usage_model

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


_read_primary_tts_model = plain_reader(
    "primary_tts_model",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_total_audio_output_seconds = plain_reader(
    "total_audio_output_seconds",
    (
        float,
        int,
    ),
    "a number",
    False,
)

_read_total_characters = plain_reader("total_characters", (int,), "an integer", False)


def _read_per_voice_usage(cls: type[ConversationTtsUsageModel], d: Mapping[str, Any]) -> Any:
    per_voice_usage_raw = d.get("per_voice_usage", UNSET)
    try:
        expect_array("per_voice_usage", per_voice_usage_raw)
        _per_voice_usage = per_voice_usage_raw
        per_voice_usage: list[ConversationVoiceUsageModel] | Unset = UNSET
        if _per_voice_usage is not UNSET:
            per_voice_usage = []
            for per_voice_usage_item_data in _per_voice_usage:
                per_voice_usage_item = ConversationVoiceUsageModel.from_dict(per_voice_usage_item_data)

                per_voice_usage.append(per_voice_usage_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        per_voice_usage = deviating_field(cls, "per_voice_usage", per_voice_usage_raw)

    return per_voice_usage


_FIELDS: frozenset[str] = frozenset(
    (
        "primary_tts_model",
        "total_audio_output_seconds",
        "total_characters",
        "per_voice_usage",
    )
)


def _read_additional_properties(cls: type[ConversationTtsUsageModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ConversationTtsUsageModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    primary_tts_model = d.get("primary_tts_model", UNSET)
    if primary_tts_model.__class__ is not str and primary_tts_model is not None and primary_tts_model is not UNSET:
        primary_tts_model = _read_primary_tts_model(cls, d)

    total_audio_output_seconds = d.get("total_audio_output_seconds", UNSET)
    if (
        total_audio_output_seconds.__class__ is not float
        and total_audio_output_seconds.__class__ is not int
        and total_audio_output_seconds is not UNSET
    ):
        total_audio_output_seconds = _read_total_audio_output_seconds(cls, d)

    total_characters = d.get("total_characters", UNSET)
    if total_characters.__class__ is not int and total_characters is not UNSET:
        total_characters = _read_total_characters(cls, d)

    if "per_voice_usage" in known:
        per_voice_usage = known["per_voice_usage"]
    else:
        per_voice_usage = d.get("per_voice_usage", UNSET)
        if per_voice_usage is not UNSET:
            per_voice_usage = _read_per_voice_usage(cls, d)

    return {
        "primary_tts_model": primary_tts_model,
        "total_audio_output_seconds": total_audio_output_seconds,
        "total_characters": total_characters,
        "per_voice_usage": per_voice_usage,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ConversationTtsUsageModel,
    _all_fields,
    {
        "primary_tts_model": _read_primary_tts_model,
        "total_audio_output_seconds": _read_total_audio_output_seconds,
        "total_characters": _read_total_characters,
        "per_voice_usage": _read_per_voice_usage,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_voice_usage_model import ConversationVoiceUsageModel
