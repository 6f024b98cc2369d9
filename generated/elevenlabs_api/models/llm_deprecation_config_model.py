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
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="LlmDeprecationConfigModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class LlmDeprecationConfigModel(Lazy):
    """Example:
        {'fallback_complete_days': 7, 'fallback_complete_percentage': 100, 'fallback_start_days': 14,
        'fallback_start_percentage': 25, 'warning_start_days': 30}

    Attributes:
        warning_start_days (int): Number of days before the provider deprecation date when warnings start being shown.
        fallback_start_days (int): Number of days before the provider deprecation date when traffic starts being routed
            to the replacement model.
        fallback_complete_days (int): Number of days before the provider deprecation date when all traffic is routed to
            the replacement model.
        fallback_start_percentage (int): Percentage of traffic routed to the replacement model when fallback begins.
        fallback_complete_percentage (int): Percentage of traffic routed to the replacement model when fallback is
            complete.
    """

    warning_start_days: int

    fallback_start_days: int

    fallback_complete_days: int

    fallback_start_percentage: int

    fallback_complete_percentage: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "warning_start_days",
        "fallback_start_days",
        "fallback_complete_days",
        "fallback_start_percentage",
        "fallback_complete_percentage",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        warning_start_days = self.warning_start_days

        fallback_start_days = self.fallback_start_days

        fallback_complete_days = self.fallback_complete_days

        fallback_start_percentage = self.fallback_start_percentage

        fallback_complete_percentage = self.fallback_complete_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if warning_start_days is not None or "warning_start_days" not in self._missing_fields:
            field_dict["warning_start_days"] = warning_start_days
        if fallback_start_days is not None or "fallback_start_days" not in self._missing_fields:
            field_dict["fallback_start_days"] = fallback_start_days
        if fallback_complete_days is not None or "fallback_complete_days" not in self._missing_fields:
            field_dict["fallback_complete_days"] = fallback_complete_days
        if fallback_start_percentage is not None or "fallback_start_percentage" not in self._missing_fields:
            field_dict["fallback_start_percentage"] = fallback_start_percentage
        if fallback_complete_percentage is not None or "fallback_complete_percentage" not in self._missing_fields:
            field_dict["fallback_complete_percentage"] = fallback_complete_percentage
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        llm_deprecation_config_model = cls.__new__(cls)
        llm_deprecation_config_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return llm_deprecation_config_model

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


_read_warning_start_days = plain_reader("warning_start_days", (int,), "an integer", True)

_read_fallback_start_days = plain_reader("fallback_start_days", (int,), "an integer", True)

_read_fallback_complete_days = plain_reader("fallback_complete_days", (int,), "an integer", True)

_read_fallback_start_percentage = plain_reader("fallback_start_percentage", (int,), "an integer", True)

_read_fallback_complete_percentage = plain_reader("fallback_complete_percentage", (int,), "an integer", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "warning_start_days",
        "fallback_start_days",
        "fallback_complete_days",
        "fallback_start_percentage",
        "fallback_complete_percentage",
    )
)


def _read_additional_properties(cls: type[LlmDeprecationConfigModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[LlmDeprecationConfigModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    warning_start_days = d.get("warning_start_days", MISSING)
    if warning_start_days.__class__ is not int:
        warning_start_days = _read_warning_start_days(cls, d)

    fallback_start_days = d.get("fallback_start_days", MISSING)
    if fallback_start_days.__class__ is not int:
        fallback_start_days = _read_fallback_start_days(cls, d)

    fallback_complete_days = d.get("fallback_complete_days", MISSING)
    if fallback_complete_days.__class__ is not int:
        fallback_complete_days = _read_fallback_complete_days(cls, d)

    fallback_start_percentage = d.get("fallback_start_percentage", MISSING)
    if fallback_start_percentage.__class__ is not int:
        fallback_start_percentage = _read_fallback_start_percentage(cls, d)

    fallback_complete_percentage = d.get("fallback_complete_percentage", MISSING)
    if fallback_complete_percentage.__class__ is not int:
        fallback_complete_percentage = _read_fallback_complete_percentage(cls, d)

    return {
        "warning_start_days": warning_start_days,
        "fallback_start_days": fallback_start_days,
        "fallback_complete_days": fallback_complete_days,
        "fallback_start_percentage": fallback_start_percentage,
        "fallback_complete_percentage": fallback_complete_percentage,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    LlmDeprecationConfigModel,
    _all_fields,
    {
        "warning_start_days": _read_warning_start_days,
        "fallback_start_days": _read_fallback_start_days,
        "fallback_complete_days": _read_fallback_complete_days,
        "fallback_start_percentage": _read_fallback_start_percentage,
        "fallback_complete_percentage": _read_fallback_complete_percentage,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
