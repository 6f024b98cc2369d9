from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ChapterContentParagraphTtsNodeInputModel")


@_attrs_define
class ChapterContentParagraphTtsNodeInputModel:
    """Attributes:
    type_ (Literal['tts_node']):
    text (str):
    voice_id (str):
    """

    type_: Literal["tts_node"]

    text: str

    voice_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "tts_node")

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        voice_id = self.voice_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if text is not None or "text" not in self._missing_fields:
            field_dict["text"] = text
        if voice_id is not None or "voice_id" not in self._missing_fields:
            field_dict["voice_id"] = voice_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type__raw = d.pop("type", MISSING)
        if type__raw is MISSING:
            type__raw = missing_field(cls, "type")
        type_ = cast(Literal["tts_node"], type__raw)
        if type_ != "tts_node":
            raise ValueError(f"type must match const 'tts_node', got '{type_}'")

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

        chapter_content_paragraph_tts_node_input_model = cls(
            type_=type_,
            text=text,
            voice_id=voice_id,
        )
        if _missing:
            chapter_content_paragraph_tts_node_input_model._missing_fields = _missing
        chapter_content_paragraph_tts_node_input_model.additional_properties = d
        return chapter_content_paragraph_tts_node_input_model

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
