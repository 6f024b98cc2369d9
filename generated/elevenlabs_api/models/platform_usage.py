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
    deviating_field,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="PlatformUsage")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class PlatformUsage(Lazy):
    """Per-category breakdown of ``platform_charge`` (the analogue of ``llm_usage``).

    Attributes:
        category_usage (PlatformUsageCategoryUsage | Unset):
    """

    category_usage: PlatformUsageCategoryUsage | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        category_usage: Any
        try:
            category_usage = UNSET
            if not isinstance(self.category_usage, Unset):
                category_usage = self.category_usage.to_dict()
        except (AttributeError, TypeError):
            category_usage = self.category_usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if category_usage is not UNSET:
            field_dict["category_usage"] = category_usage
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        platform_usage = cls.__new__(cls)
        platform_usage.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return platform_usage

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


def _read_category_usage(cls: type[PlatformUsage], d: Mapping[str, Any]) -> Any:
    category_usage_raw = d.get("category_usage", UNSET)
    try:
        _category_usage = category_usage_raw
        category_usage: PlatformUsageCategoryUsage | Unset
        if isinstance(_category_usage, Unset):
            category_usage = UNSET
        else:
            category_usage = PlatformUsageCategoryUsage.from_dict(_category_usage)
    except (KeyError, TypeError, ValueError, AttributeError):
        category_usage = deviating_field(cls, "category_usage", category_usage_raw)

    return category_usage


_FIELDS: frozenset[str] = frozenset(("category_usage",))


def _read_additional_properties(cls: type[PlatformUsage], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[PlatformUsage], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "category_usage" in known:
        category_usage = known["category_usage"]
    else:
        category_usage = d.get("category_usage", UNSET)
        if category_usage is not UNSET:
            category_usage = _read_category_usage(cls, d)

    return {
        "category_usage": category_usage,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    PlatformUsage,
    _all_fields,
    {
        "category_usage": _read_category_usage,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.platform_usage_category_usage import PlatformUsageCategoryUsage
