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

T = TypeVar("T", bound="DialogueInputResponseModel")


@_attrs_define
class DialogueInputResponseModel:
    """Attributes:
    text (str): The text of the dialogue input line.
    voice_id (str): The ID of the voice used for this dialogue input line.
    voice_name (str): The name of the voice used for this dialogue input line.
    """

    text: str

    voice_id: str

    voice_name: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        voice_id = self.voice_id

        voice_name = self.voice_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not None or "text" not in self._missing_fields:
            field_dict["text"] = text
        if voice_id is not None or "voice_id" not in self._missing_fields:
            field_dict["voice_id"] = voice_id
        if voice_name is not None or "voice_name" not in self._missing_fields:
            field_dict["voice_name"] = voice_name
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

        voice_id = d.pop("voice_id", MISSING)
        if voice_id.__class__ is not str:
            if voice_id is MISSING:
                voice_id = missing_field(cls, "voice_id")
                _missing += ("voice_id",)
            else:
                voice_id = unexpected_type(cls, "voice_id", voice_id, "a string")

        voice_name = d.pop("voice_name", MISSING)
        if voice_name.__class__ is not str:
            if voice_name is MISSING:
                voice_name = missing_field(cls, "voice_name")
                _missing += ("voice_name",)
            else:
                voice_name = unexpected_type(cls, "voice_name", voice_name, "a string")

        dialogue_input_response_model = cls(
            text=text,
            voice_id=voice_id,
            voice_name=voice_name,
        )
        if _missing:
            dialogue_input_response_model._missing_fields = _missing
        dialogue_input_response_model.additional_properties = d
        return dialogue_input_response_model

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
