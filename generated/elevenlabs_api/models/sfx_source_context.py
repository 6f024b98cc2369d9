from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="SfxSourceContext")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SfxSourceContext(Lazy):
    """Context for sound effect clips.

    Attributes:
        source_type (Literal['sfx'] | Unset):  Default: 'sfx'.
        sound_generation_history_item_id (None | str | Unset):
        text (None | str | Unset):
        generation_config (None | SfxSourceContextGenerationConfigType0 | Unset):
    """

    source_type: Literal["sfx"] | Unset = _attrs_field(
        default="sfx",
        kw_only=True,
        validator=types.tag("SfxSourceContext", "source_type", "sfx"),
    )

    sound_generation_history_item_id: None | str | Unset = UNSET

    text: None | str | Unset = UNSET

    generation_config: None | SfxSourceContextGenerationConfigType0 | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("source_type",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("source_type", "sfx")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        sfx_source_context = cls.__new__(cls)
        sfx_source_context.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


def _read_source_type(cls: type[SfxSourceContext], d: Mapping[str, Any]) -> Any:
    source_type_raw = d.get("source_type", UNSET)
    source_type = cast(Literal["sfx"] | Unset, source_type_raw)
    if source_type != "sfx" and not isinstance(source_type, Unset):
        raise ValueError(f"source_type must match const 'sfx', got '{source_type}'")

    return source_type


_read_sound_generation_history_item_id = plain_reader(
    "sound_generation_history_item_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_text = plain_reader(
    "text",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_generation_config(cls: type[SfxSourceContext], d: Mapping[str, Any]) -> Any:
    generation_config_raw = d.get("generation_config", UNSET)
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

    return generation_config


_FIELDS: frozenset[str] = frozenset(
    (
        "source_type",
        "sound_generation_history_item_id",
        "text",
        "generation_config",
    )
)


def _read_additional_properties(cls: type[SfxSourceContext], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SfxSourceContext], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "source_type" in known:
        source_type = known["source_type"]
    else:
        source_type = d.get("source_type", UNSET)
        if source_type is not UNSET:
            source_type = _read_source_type(cls, d)

    sound_generation_history_item_id = d.get("sound_generation_history_item_id", UNSET)
    if (
        sound_generation_history_item_id.__class__ is not str
        and sound_generation_history_item_id is not None
        and sound_generation_history_item_id is not UNSET
    ):
        sound_generation_history_item_id = _read_sound_generation_history_item_id(cls, d)

    text = d.get("text", UNSET)
    if text.__class__ is not str and text is not None and text is not UNSET:
        text = _read_text(cls, d)

    if "generation_config" in known:
        generation_config = known["generation_config"]
    else:
        generation_config = d.get("generation_config", UNSET)
        if generation_config is not UNSET and generation_config is not None:
            generation_config = _read_generation_config(cls, d)

    return {
        "source_type": source_type,
        "sound_generation_history_item_id": sound_generation_history_item_id,
        "text": text,
        "generation_config": generation_config,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    SfxSourceContext,
    _all_fields,
    {
        "source_type": _read_source_type,
        "sound_generation_history_item_id": _read_sound_generation_history_item_id,
        "text": _read_text,
        "generation_config": _read_generation_config,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.sfx_source_context_generation_config_type_0 import SfxSourceContextGenerationConfigType0
