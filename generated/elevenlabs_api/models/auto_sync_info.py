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

T = TypeVar("T", bound="AutoSyncInfo")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AutoSyncInfo(Lazy):
    """Attributes:
    minimum_frequency_days (int | Unset): Minimum frequency (in days) at which the document is refreshed. The actual
        interval may be shorter, never longer. Defaults to 7 on the server.
    auto_remove (bool | Unset): Whether to remove the document if the URL becomes unavailable Defaults to False on
        the server.
    consec_failures (int | Unset): Number of consecutive sync failures Defaults to 0 on the server.
    next_refresh_by (int | None | Unset): Unix timestamp for the next scheduled sync or None (in case of folders)
    """

    minimum_frequency_days: int | Unset = UNSET

    auto_remove: bool | Unset = UNSET

    consec_failures: int | Unset = UNSET

    next_refresh_by: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        auto_sync_info = cls.__new__(cls)
        auto_sync_info.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


_read_minimum_frequency_days = plain_reader("minimum_frequency_days", (int,), "an integer", False)

_read_auto_remove = plain_reader("auto_remove", (bool,), "a boolean", False)

_read_consec_failures = plain_reader("consec_failures", (int,), "an integer", False)

_read_next_refresh_by = plain_reader(
    "next_refresh_by",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "minimum_frequency_days",
        "auto_remove",
        "consec_failures",
        "next_refresh_by",
    )
)


def _read_additional_properties(cls: type[AutoSyncInfo], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AutoSyncInfo], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    minimum_frequency_days = d.get("minimum_frequency_days", UNSET)
    if minimum_frequency_days.__class__ is not int and minimum_frequency_days is not UNSET:
        minimum_frequency_days = _read_minimum_frequency_days(cls, d)

    auto_remove = d.get("auto_remove", UNSET)
    if auto_remove.__class__ is not bool and auto_remove is not UNSET:
        auto_remove = _read_auto_remove(cls, d)

    consec_failures = d.get("consec_failures", UNSET)
    if consec_failures.__class__ is not int and consec_failures is not UNSET:
        consec_failures = _read_consec_failures(cls, d)

    next_refresh_by = d.get("next_refresh_by", UNSET)
    if next_refresh_by.__class__ is not int and next_refresh_by is not None and next_refresh_by is not UNSET:
        next_refresh_by = _read_next_refresh_by(cls, d)

    return {
        "minimum_frequency_days": minimum_frequency_days,
        "auto_remove": auto_remove,
        "consec_failures": consec_failures,
        "next_refresh_by": next_refresh_by,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    AutoSyncInfo,
    _all_fields,
    {
        "minimum_frequency_days": _read_minimum_frequency_days,
        "auto_remove": _read_auto_remove,
        "consec_failures": _read_consec_failures,
        "next_refresh_by": _read_next_refresh_by,
        "additional_properties": _read_additional_properties,
    },
)
