from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="AutoSyncInfo")


@_attrs_define
class AutoSyncInfo:
    """Attributes:
    minimum_frequency_days (int | Unset): Minimum frequency (in days) at which the document is refreshed. The actual
        interval may be shorter, never longer. Default: 7.
    auto_remove (bool | Unset): Whether to remove the document if the URL becomes unavailable Default: False.
    consec_failures (int | Unset): Number of consecutive sync failures Default: 0.
    next_refresh_by (int | None | Unset): Unix timestamp for the next scheduled sync or None (in case of folders)
    """

    minimum_frequency_days: int | Unset = 7

    auto_remove: bool | Unset = False

    consec_failures: int | Unset = 0

    next_refresh_by: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        minimum_frequency_days = self.minimum_frequency_days

        auto_remove = self.auto_remove

        consec_failures = self.consec_failures

        next_refresh_by: Any
        try:
            next_refresh_by = self.next_refresh_by

        except (AttributeError, TypeError):
            next_refresh_by = self.next_refresh_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if minimum_frequency_days is not UNSET:
            field_dict["minimum_frequency_days"] = minimum_frequency_days
        if auto_remove is not UNSET:
            field_dict["auto_remove"] = auto_remove
        if consec_failures is not UNSET:
            field_dict["consec_failures"] = consec_failures
        if next_refresh_by is not UNSET:
            field_dict["next_refresh_by"] = next_refresh_by
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        minimum_frequency_days = d.pop("minimum_frequency_days", UNSET)
        if minimum_frequency_days.__class__ is not int and minimum_frequency_days is not UNSET:
            minimum_frequency_days = unexpected_type(
                cls, "minimum_frequency_days", minimum_frequency_days, "an integer"
            )

        auto_remove = d.pop("auto_remove", UNSET)
        if auto_remove.__class__ is not bool and auto_remove is not UNSET:
            auto_remove = unexpected_type(cls, "auto_remove", auto_remove, "a boolean")

        consec_failures = d.pop("consec_failures", UNSET)
        if consec_failures.__class__ is not int and consec_failures is not UNSET:
            consec_failures = unexpected_type(cls, "consec_failures", consec_failures, "an integer")

        next_refresh_by = d.pop("next_refresh_by", UNSET)
        if next_refresh_by.__class__ is not int and next_refresh_by is not None and next_refresh_by is not UNSET:
            next_refresh_by = unexpected_type(cls, "next_refresh_by", next_refresh_by, "an integer or null")

        auto_sync_info = cls(
            minimum_frequency_days=minimum_frequency_days,
            auto_remove=auto_remove,
            consec_failures=consec_failures,
            next_refresh_by=next_refresh_by,
        )
        auto_sync_info.additional_properties = d
        return auto_sync_info

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
