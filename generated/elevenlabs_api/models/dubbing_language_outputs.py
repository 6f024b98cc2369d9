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

T = TypeVar("T", bound="DubbingLanguageOutputs")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DubbingLanguageOutputs(Lazy):
    """Signed, time-limited download URLs for a language target's outputs.

    Attributes:
        lossless_audio (None | str | Unset): Signed URL of the dubbed lossless audio track.
    """

    lossless_audio: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        lossless_audio: Any
        try:
            lossless_audio = self.lossless_audio

        except (AttributeError, TypeError):
            lossless_audio = self.lossless_audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if lossless_audio is not UNSET:
            field_dict["lossless_audio"] = lossless_audio
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        dubbing_language_outputs = cls.__new__(cls)
        dubbing_language_outputs.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return dubbing_language_outputs

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


_read_lossless_audio = plain_reader(
    "lossless_audio",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(("lossless_audio",))


def _read_additional_properties(cls: type[DubbingLanguageOutputs], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[DubbingLanguageOutputs], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    lossless_audio = d.get("lossless_audio", UNSET)
    if lossless_audio.__class__ is not str and lossless_audio is not None and lossless_audio is not UNSET:
        lossless_audio = _read_lossless_audio(cls, d)

    return {
        "lossless_audio": lossless_audio,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    DubbingLanguageOutputs,
    _all_fields,
    {
        "lossless_audio": _read_lossless_audio,
        "additional_properties": _read_additional_properties,
    },
)
