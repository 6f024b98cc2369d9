from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ConversationHistoryMultivoiceMessagePartModel")


@_attrs_define
class ConversationHistoryMultivoiceMessagePartModel:
    """Attributes:
    text (str):
    voice_label (None | str):
    time_in_call_secs (int | None):
    """

    text: str

    voice_label: None | str

    time_in_call_secs: int | None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        voice_label: Any
        try:
            voice_label = self.voice_label

        except (AttributeError, TypeError):
            voice_label = self.voice_label

        time_in_call_secs: Any
        try:
            time_in_call_secs = self.time_in_call_secs

        except (AttributeError, TypeError):
            time_in_call_secs = self.time_in_call_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not None or "text" not in self._missing_fields:
            field_dict["text"] = text
        if voice_label is not None or "voice_label" not in self._missing_fields:
            field_dict["voice_label"] = voice_label
        if time_in_call_secs is not None or "time_in_call_secs" not in self._missing_fields:
            field_dict["time_in_call_secs"] = time_in_call_secs
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        text = d.pop("text", MISSING)
        if text.__class__ is not str:
            if text is MISSING:
                text = missing_field(cls, "text")
                _missing += ("text",)
            else:
                text = unexpected_type(cls, "text", text, "a string")

        voice_label = d.pop("voice_label", MISSING)
        if voice_label.__class__ is not str and voice_label is not None:
            if voice_label is MISSING:
                voice_label = missing_field(cls, "voice_label")
                _missing += ("voice_label",)
            else:
                voice_label = unexpected_type(cls, "voice_label", voice_label, "a string or null")

        time_in_call_secs = d.pop("time_in_call_secs", MISSING)
        if time_in_call_secs.__class__ is not int and time_in_call_secs is not None:
            if time_in_call_secs is MISSING:
                time_in_call_secs = missing_field(cls, "time_in_call_secs")
                _missing += ("time_in_call_secs",)
            else:
                time_in_call_secs = unexpected_type(cls, "time_in_call_secs", time_in_call_secs, "an integer or null")

        conversation_history_multivoice_message_part_model = cls(
            text=text,
            voice_label=voice_label,
            time_in_call_secs=time_in_call_secs,
        )
        if _missing:
            conversation_history_multivoice_message_part_model._missing_fields = _missing
        conversation_history_multivoice_message_part_model.additional_properties = d
        return conversation_history_multivoice_message_part_model

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
