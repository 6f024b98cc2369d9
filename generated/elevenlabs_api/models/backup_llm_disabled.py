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
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BackupLlmDisabled")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BackupLlmDisabled(Lazy):
    """Attributes:
    preference (Literal['disabled'] | Unset):  Default: 'disabled'.
    """

    preference: Literal["disabled"] | Unset = _attrs_field(
        default="disabled",
        kw_only=True,
        validator=types.tag("BackupLlmDisabled", "preference", "disabled"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("preference",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("preference", "disabled")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        preference = self.preference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if preference is not UNSET:
            field_dict["preference"] = preference
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        backup_llm_disabled = cls.__new__(cls)
        backup_llm_disabled.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return backup_llm_disabled

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


def _read_preference(cls: type[BackupLlmDisabled], d: Mapping[str, Any]) -> Any:
    preference_raw = d.get("preference", UNSET)
    preference = cast(Literal["disabled"] | Unset, preference_raw)
    if preference != "disabled" and not isinstance(preference, Unset):
        raise ValueError(f"preference must match const 'disabled', got '{preference}'")

    return preference


_FIELDS: frozenset[str] = frozenset(("preference",))


def _read_additional_properties(cls: type[BackupLlmDisabled], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[BackupLlmDisabled], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "preference" in known:
        preference = known["preference"]
    else:
        preference = d.get("preference", UNSET)
        if preference is not UNSET:
            preference = _read_preference(cls, d)

    return {
        "preference": preference,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    BackupLlmDisabled,
    _all_fields,
    {
        "preference": _read_preference,
        "additional_properties": _read_additional_properties,
    },
)
