from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    check_items,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="UsageCharactersResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class UsageCharactersResponseModel(Lazy):
    """Example:
        {'time': [1738252091000, 1739404800000], 'usage': {'All': [49, 1053]}}

    Attributes:
        time (list[int]): The time axis with unix timestamps for each day.
        usage (UsageCharactersResponseModelUsage): The usage of each breakdown type along the time axis.
    """

    time: list[int]

    usage: UsageCharactersResponseModelUsage

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "time",
        "usage",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        time: Any
        try:
            time = self.time

        except (AttributeError, TypeError):
            time = self.time

        usage: Any
        try:
            usage = self.usage.to_dict()
        except (AttributeError, TypeError):
            usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if time is not None or "time" not in self._missing_fields:
            field_dict["time"] = time
        if usage is not None or "usage" not in self._missing_fields:
            field_dict["usage"] = usage
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        usage_characters_response_model = cls.__new__(cls)
        usage_characters_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return usage_characters_response_model

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


_read_time = plain_reader("time", (list,), "an array", True, ((int,), "an integer"))


def _read_usage(cls: type[UsageCharactersResponseModel], d: Mapping[str, Any]) -> Any:
    usage_raw = d.get("usage", MISSING)
    if usage_raw is MISSING:
        usage = missing_field(cls, "usage")
    else:
        try:
            usage = UsageCharactersResponseModelUsage.from_dict(usage_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            usage = deviating_field(cls, "usage", usage_raw)

    return usage


_FIELDS: frozenset[str] = frozenset(
    (
        "time",
        "usage",
    )
)


def _read_additional_properties(cls: type[UsageCharactersResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[UsageCharactersResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    time = d.get("time", MISSING)
    if time.__class__ is not list:
        time = _read_time(cls, d)
    elif time.__class__ is list and time:
        check_items(cls, "time", time, (int,), "an integer")

    if "usage" in known:
        usage = known["usage"]
    else:
        usage = _read_usage(cls, d)

    return {
        "time": time,
        "usage": usage,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    UsageCharactersResponseModel,
    _all_fields,
    {
        "time": _read_time,
        "usage": _read_usage,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.usage_characters_response_model_usage import UsageCharactersResponseModelUsage
