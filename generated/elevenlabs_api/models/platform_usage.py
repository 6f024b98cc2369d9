from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    deviating_field,
)

T = TypeVar("T", bound="PlatformUsage")


@_attrs_define
class PlatformUsage:
    """Per-category breakdown of ``platform_charge`` (the analogue of ``llm_usage``).

    Attributes:
        category_usage (PlatformUsageCategoryUsage | Unset):
    """

    category_usage: PlatformUsageCategoryUsage | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        category_usage_raw = d.pop("category_usage", UNSET)
        try:
            _category_usage = category_usage_raw
            category_usage: PlatformUsageCategoryUsage | Unset
            if isinstance(_category_usage, Unset):
                category_usage = UNSET
            else:
                category_usage = PlatformUsageCategoryUsage.from_dict(_category_usage)
        except (KeyError, TypeError, ValueError, AttributeError):
            category_usage = deviating_field(cls, "category_usage", category_usage_raw)

        platform_usage = cls(
            category_usage=category_usage,
        )
        platform_usage.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.platform_usage_category_usage import PlatformUsageCategoryUsage
