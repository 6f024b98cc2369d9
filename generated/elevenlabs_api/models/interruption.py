from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_field,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="Interruption")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class Interruption(Lazy):
    """Schema for interruption events

    Attributes:
        type_ (Literal['interruption']):
        interruption_event (InterruptionInterruptionEvent | Unset): Interruption event data
    """

    type_: Literal["interruption"] = _attrs_field(
        default="interruption",
        kw_only=True,
        alias="type",
        validator=types.tag("Interruption", "type", "interruption"),
    )

    interruption_event: InterruptionInterruptionEvent | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "interruption")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        type_ = self.type_

        interruption_event: Any
        try:
            interruption_event = UNSET
            if not isinstance(self.interruption_event, Unset):
                interruption_event = self.interruption_event.to_dict()
        except (AttributeError, TypeError):
            interruption_event = self.interruption_event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if interruption_event is not UNSET:
            field_dict["interruption_event"] = interruption_event
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        interruption = cls.__new__(cls)
        interruption.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return interruption

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


def _read_type_(cls: type[Interruption], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", MISSING)
    if type__raw is MISSING:
        type__raw = missing_field(cls, "type")
    type_ = cast(Literal["interruption"], type__raw)
    if type_ != "interruption":
        raise ValueError(f"type must match const 'interruption', got '{type_}'")

    return type_


def _read_interruption_event(cls: type[Interruption], d: Mapping[str, Any]) -> Any:
    interruption_event_raw = d.get("interruption_event", UNSET)
    try:
        _interruption_event = interruption_event_raw
        interruption_event: InterruptionInterruptionEvent | Unset
        if isinstance(_interruption_event, Unset):
            interruption_event = UNSET
        else:
            interruption_event = InterruptionInterruptionEvent.from_dict(_interruption_event)
    except (KeyError, TypeError, ValueError, AttributeError):
        interruption_event = deviating_field(cls, "interruption_event", interruption_event_raw)

    return interruption_event


_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "interruption_event",
    )
)


def _read_additional_properties(cls: type[Interruption], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[Interruption], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = _read_type_(cls, d)

    if "interruption_event" in known:
        interruption_event = known["interruption_event"]
    else:
        interruption_event = d.get("interruption_event", UNSET)
        if interruption_event is not UNSET:
            interruption_event = _read_interruption_event(cls, d)

    return {
        "type_": type_,
        "interruption_event": interruption_event,
        "additional_properties": _read_additional_properties(cls, d),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(Interruption, type_="type")

set_readers(
    Interruption,
    _all_fields,
    {
        "type_": _read_type_,
        "interruption_event": _read_interruption_event,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.interruption_interruption_event import InterruptionInterruptionEvent
