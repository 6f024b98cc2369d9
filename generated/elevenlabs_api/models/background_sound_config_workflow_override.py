from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    BackgroundSoundPresetId,
    BackgroundSoundSourceType,
)
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

T = TypeVar("T", bound="BackgroundSoundConfigWorkflowOverride")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BackgroundSoundConfigWorkflowOverride(Lazy):
    """Attributes:
    source_type (BackgroundSoundSourceType | None | str | Unset): The type of background sound source.
    source_id (BackgroundSoundPresetId | None | str | Unset): Identifier for the sound source.
    volume (float | None | Unset): Volume level for background sound (0.01 to 1.0).
    crossfade_loop (bool | None | Unset): Apply a crossfade at the loop boundary to avoid audible pops when the
        sound loops.
    """

    source_type: BackgroundSoundSourceType | None | str | Unset = UNSET

    source_id: BackgroundSoundPresetId | None | str | Unset = UNSET

    volume: float | None | Unset = UNSET

    crossfade_loop: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        source_type: Any
        try:
            if isinstance(self.source_type, Unset):
                source_type = UNSET
            elif isinstance(self.source_type, str):
                source_type = self.source_type
            else:
                source_type = self.source_type

        except (AttributeError, TypeError):
            source_type = self.source_type

        source_id: Any
        try:
            if isinstance(self.source_id, Unset):
                source_id = UNSET
            elif isinstance(self.source_id, str):
                source_id = self.source_id
            else:
                source_id = self.source_id

        except (AttributeError, TypeError):
            source_id = self.source_id

        volume: Any
        try:
            volume = self.volume

        except (AttributeError, TypeError):
            volume = self.volume

        crossfade_loop: Any
        try:
            crossfade_loop = self.crossfade_loop

        except (AttributeError, TypeError):
            crossfade_loop = self.crossfade_loop

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if volume is not UNSET:
            field_dict["volume"] = volume
        if crossfade_loop is not UNSET:
            field_dict["crossfade_loop"] = crossfade_loop
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        background_sound_config_workflow_override = cls.__new__(cls)
        background_sound_config_workflow_override.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return background_sound_config_workflow_override

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


_read_source_type = plain_reader(
    "source_type",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)

_read_source_id = plain_reader(
    "source_id",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)

_read_volume = plain_reader(
    "volume",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)

_read_crossfade_loop = plain_reader(
    "crossfade_loop",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "source_type",
        "source_id",
        "volume",
        "crossfade_loop",
    )
)


def _read_additional_properties(
    cls: type[BackgroundSoundConfigWorkflowOverride], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BackgroundSoundConfigWorkflowOverride], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    source_type = d.get("source_type", UNSET)
    if source_type is not None and source_type.__class__ is not str and source_type is not UNSET:
        source_type = _read_source_type(cls, d)

    source_id = d.get("source_id", UNSET)
    if source_id is not None and source_id.__class__ is not str and source_id is not UNSET:
        source_id = _read_source_id(cls, d)

    volume = d.get("volume", UNSET)
    if volume.__class__ is not float and volume.__class__ is not int and volume is not None and volume is not UNSET:
        volume = _read_volume(cls, d)

    crossfade_loop = d.get("crossfade_loop", UNSET)
    if crossfade_loop.__class__ is not bool and crossfade_loop is not None and crossfade_loop is not UNSET:
        crossfade_loop = _read_crossfade_loop(cls, d)

    return {
        "source_type": source_type,
        "source_id": source_id,
        "volume": volume,
        "crossfade_loop": crossfade_loop,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    BackgroundSoundConfigWorkflowOverride,
    _all_fields,
    {
        "source_type": _read_source_type,
        "source_id": _read_source_id,
        "volume": _read_volume,
        "crossfade_loop": _read_crossfade_loop,
        "additional_properties": _read_additional_properties,
    },
)
