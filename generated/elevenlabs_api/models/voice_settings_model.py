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

T = TypeVar("T", bound="VoiceSettingsModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class VoiceSettingsModel(Lazy):
    """Attributes:
    cloning_strength (int | Unset): How strongly the dubbed speakers clone the source voices, 0 to 10. Defaults to 7
        on the server.
    """

    cloning_strength: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        cloning_strength = self.cloning_strength

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if cloning_strength is not UNSET:
            field_dict["cloning_strength"] = cloning_strength
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        voice_settings_model = cls.__new__(cls)
        voice_settings_model.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return voice_settings_model

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


_read_cloning_strength = plain_reader("cloning_strength", (int,), "an integer", False)


_FIELDS: frozenset[str] = frozenset(("cloning_strength",))


def _read_additional_properties(cls: type[VoiceSettingsModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[VoiceSettingsModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    cloning_strength = d.get("cloning_strength", UNSET)
    if cloning_strength.__class__ is not int and cloning_strength is not UNSET:
        cloning_strength = _read_cloning_strength(cls, d)

    return {
        "cloning_strength": cloning_strength,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    VoiceSettingsModel,
    _all_fields,
    {
        "cloning_strength": _read_cloning_strength,
        "additional_properties": _read_additional_properties,
    },
)
