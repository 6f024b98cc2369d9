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

T = TypeVar("T", bound="FeatureStatusCommonModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class FeatureStatusCommonModel(Lazy):
    """Attributes:
    enabled (bool | Unset): Defaults to False on the server.
    used (bool | Unset): Defaults to False on the server.
    """

    enabled: bool | Unset = UNSET

    used: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        enabled = self.enabled

        used = self.used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if used is not UNSET:
            field_dict["used"] = used
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        feature_status_common_model = cls.__new__(cls)
        feature_status_common_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return feature_status_common_model

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


_read_enabled = plain_reader("enabled", (bool,), "a boolean", False)

_read_used = plain_reader("used", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "enabled",
        "used",
    )
)


def _read_additional_properties(cls: type[FeatureStatusCommonModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[FeatureStatusCommonModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    enabled = d.get("enabled", UNSET)
    if enabled.__class__ is not bool and enabled is not UNSET:
        enabled = _read_enabled(cls, d)

    used = d.get("used", UNSET)
    if used.__class__ is not bool and used is not UNSET:
        used = _read_used(cls, d)

    return {
        "enabled": enabled,
        "used": used,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    FeatureStatusCommonModel,
    _all_fields,
    {
        "enabled": _read_enabled,
        "used": _read_used,
        "additional_properties": _read_additional_properties,
    },
)
