from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    deviating_field,
    unexpected_type,
)

T = TypeVar("T", bound="SfxSourceContext")


@_attrs_define
class SfxSourceContext:
    """Context for sound effect clips.

    Attributes:
        source_type (Literal['sfx'] | Unset):  Default: 'sfx'.
        sound_generation_history_item_id (None | str | Unset):
        text (None | str | Unset):
        generation_config (None | SfxSourceContextGenerationConfigType0 | Unset):
    """

    source_type: Literal["sfx"] | Unset = "sfx"

    sound_generation_history_item_id: None | str | Unset = UNSET

    text: None | str | Unset = UNSET

    generation_config: None | SfxSourceContextGenerationConfigType0 | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("source_type", "sfx")

    def to_dict(self) -> dict[str, Any]:
        source_type = self.source_type

        sound_generation_history_item_id: Any
        try:
            sound_generation_history_item_id = self.sound_generation_history_item_id

        except (AttributeError, TypeError):
            sound_generation_history_item_id = self.sound_generation_history_item_id

        text: Any
        try:
            text = self.text

        except (AttributeError, TypeError):
            text = self.text

        generation_config: Any
        try:
            if isinstance(self.generation_config, Unset):
                generation_config = UNSET
            elif isinstance(self.generation_config, SfxSourceContextGenerationConfigType0):
                generation_config = self.generation_config.to_dict()
            else:
                generation_config = self.generation_config

        except (AttributeError, TypeError):
            generation_config = self.generation_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if sound_generation_history_item_id is not UNSET:
            field_dict["sound_generation_history_item_id"] = sound_generation_history_item_id
        if text is not UNSET:
            field_dict["text"] = text
        if generation_config is not UNSET:
            field_dict["generation_config"] = generation_config
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        source_type_raw = d.pop("source_type", UNSET)
        source_type = cast(Literal["sfx"] | Unset, source_type_raw)
        if source_type != "sfx" and not isinstance(source_type, Unset):
            raise ValueError(f"source_type must match const 'sfx', got '{source_type}'")

        sound_generation_history_item_id = d.pop("sound_generation_history_item_id", UNSET)
        if (
            sound_generation_history_item_id.__class__ is not str
            and sound_generation_history_item_id is not None
            and sound_generation_history_item_id is not UNSET
        ):
            sound_generation_history_item_id = unexpected_type(
                cls, "sound_generation_history_item_id", sound_generation_history_item_id, "a string or null"
            )

        text = d.pop("text", UNSET)
        if text.__class__ is not str and text is not None and text is not UNSET:
            text = unexpected_type(cls, "text", text, "a string or null")

        generation_config_raw = d.pop("generation_config", UNSET)
        try:

            def _parse_generation_config(data: object) -> None | SfxSourceContextGenerationConfigType0 | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                generation_config_type_0 = SfxSourceContextGenerationConfigType0.from_dict(data)

                return generation_config_type_0

            generation_config = _parse_generation_config(generation_config_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            generation_config = deviating_field(cls, "generation_config", generation_config_raw)

        sfx_source_context = cls(
            source_type=source_type,
            sound_generation_history_item_id=sound_generation_history_item_id,
            text=text,
            generation_config=generation_config,
        )
        sfx_source_context.additional_properties = d
        return sfx_source_context

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.sfx_source_context_generation_config_type_0 import SfxSourceContextGenerationConfigType0
