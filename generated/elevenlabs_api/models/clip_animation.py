from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    ClipAnimationEnterEffectType0,
    ClipAnimationExitEffectType0,
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

T = TypeVar("T", bound="ClipAnimation")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ClipAnimation(Lazy):
    """Attributes:
    enter_effect (ClipAnimationEnterEffectType0 | str | Unset): Defaults to 'none' on the server.
    enter_duration_ms (int | Unset): Defaults to 0 on the server.
    exit_effect (ClipAnimationExitEffectType0 | str | Unset): Defaults to 'none' on the server.
    exit_duration_ms (int | Unset): Defaults to 0 on the server.
    """

    enter_effect: ClipAnimationEnterEffectType0 | str | Unset = UNSET

    enter_duration_ms: int | Unset = UNSET

    exit_effect: ClipAnimationExitEffectType0 | str | Unset = UNSET

    exit_duration_ms: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        enter_effect: Any
        try:
            if isinstance(self.enter_effect, Unset):
                enter_effect = UNSET
            elif isinstance(self.enter_effect, str):
                enter_effect = self.enter_effect
            else:
                enter_effect = self.enter_effect

        except (AttributeError, TypeError):
            enter_effect = self.enter_effect

        enter_duration_ms = self.enter_duration_ms

        exit_effect: Any
        try:
            if isinstance(self.exit_effect, Unset):
                exit_effect = UNSET
            elif isinstance(self.exit_effect, str):
                exit_effect = self.exit_effect
            else:
                exit_effect = self.exit_effect

        except (AttributeError, TypeError):
            exit_effect = self.exit_effect

        exit_duration_ms = self.exit_duration_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if enter_effect is not UNSET:
            field_dict["enter_effect"] = enter_effect
        if enter_duration_ms is not UNSET:
            field_dict["enter_duration_ms"] = enter_duration_ms
        if exit_effect is not UNSET:
            field_dict["exit_effect"] = exit_effect
        if exit_duration_ms is not UNSET:
            field_dict["exit_duration_ms"] = exit_duration_ms
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        clip_animation = cls.__new__(cls)
        clip_animation.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return clip_animation

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


_read_enter_effect = plain_reader("enter_effect", (str,), "a string", False)

_read_enter_duration_ms = plain_reader("enter_duration_ms", (int,), "an integer", False)

_read_exit_effect = plain_reader("exit_effect", (str,), "a string", False)

_read_exit_duration_ms = plain_reader("exit_duration_ms", (int,), "an integer", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "enter_effect",
        "enter_duration_ms",
        "exit_effect",
        "exit_duration_ms",
    )
)


def _read_additional_properties(cls: type[ClipAnimation], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ClipAnimation], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    enter_effect = d.get("enter_effect", UNSET)
    if enter_effect.__class__ is not str and enter_effect is not UNSET:
        enter_effect = _read_enter_effect(cls, d)

    enter_duration_ms = d.get("enter_duration_ms", UNSET)
    if enter_duration_ms.__class__ is not int and enter_duration_ms is not UNSET:
        enter_duration_ms = _read_enter_duration_ms(cls, d)

    exit_effect = d.get("exit_effect", UNSET)
    if exit_effect.__class__ is not str and exit_effect is not UNSET:
        exit_effect = _read_exit_effect(cls, d)

    exit_duration_ms = d.get("exit_duration_ms", UNSET)
    if exit_duration_ms.__class__ is not int and exit_duration_ms is not UNSET:
        exit_duration_ms = _read_exit_duration_ms(cls, d)

    return {
        "enter_effect": enter_effect,
        "enter_duration_ms": enter_duration_ms,
        "exit_effect": exit_effect,
        "exit_duration_ms": exit_duration_ms,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ClipAnimation,
    _all_fields,
    {
        "enter_effect": _read_enter_effect,
        "enter_duration_ms": _read_enter_duration_ms,
        "exit_effect": _read_exit_effect,
        "exit_duration_ms": _read_exit_duration_ms,
        "additional_properties": _read_additional_properties,
    },
)
