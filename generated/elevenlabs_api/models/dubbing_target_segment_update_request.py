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

T = TypeVar("T", bound="DubbingTargetSegmentUpdateRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DubbingTargetSegmentUpdateRequest(Lazy):
    """A partial edit to a target segment. An omitted field is left unchanged; a provided ``null``
    clears it (see each field for what clearing means).

    Attributes:
        translation (None | str | Unset): New translated text, or null to mark the segment for re-translation.
    """

    translation: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        translation: Any
        try:
            translation = self.translation

        except (AttributeError, TypeError):
            translation = self.translation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if translation is not UNSET:
            field_dict["translation"] = translation
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        dubbing_target_segment_update_request = cls.__new__(cls)
        dubbing_target_segment_update_request.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return dubbing_target_segment_update_request

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


_read_translation = plain_reader(
    "translation",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(("translation",))


def _read_additional_properties(cls: type[DubbingTargetSegmentUpdateRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[DubbingTargetSegmentUpdateRequest], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    translation = d.get("translation", UNSET)
    if translation.__class__ is not str and translation is not None and translation is not UNSET:
        translation = _read_translation(cls, d)

    return {
        "translation": translation,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    DubbingTargetSegmentUpdateRequest,
    _all_fields,
    {
        "translation": _read_translation,
        "additional_properties": _read_additional_properties,
    },
)
