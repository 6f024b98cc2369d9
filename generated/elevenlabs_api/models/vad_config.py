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

T = TypeVar("T", bound="VadConfig")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class VadConfig(Lazy):
    """Example:
        {'background_voice_detection': False}

    Attributes:
        background_voice_detection (bool | Unset): Whether to use background voice filtering Defaults to False on the
            server.
    """

    background_voice_detection: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        background_voice_detection = self.background_voice_detection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if background_voice_detection is not UNSET:
            field_dict["background_voice_detection"] = background_voice_detection
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        vad_config = cls.__new__(cls)
        vad_config.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return vad_config

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


_read_background_voice_detection = plain_reader("background_voice_detection", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(("background_voice_detection",))


def _read_additional_properties(cls: type[VadConfig], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[VadConfig], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    background_voice_detection = d.get("background_voice_detection", UNSET)
    if background_voice_detection.__class__ is not bool and background_voice_detection is not UNSET:
        background_voice_detection = _read_background_voice_detection(cls, d)

    return {
        "background_voice_detection": background_voice_detection,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    VadConfig,
    _all_fields,
    {
        "background_voice_detection": _read_background_voice_detection,
        "additional_properties": _read_additional_properties,
    },
)
