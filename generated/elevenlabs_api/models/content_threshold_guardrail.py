from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    ContentThresholdGuardrailThresholdType1,
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

T = TypeVar("T", bound="ContentThresholdGuardrail")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ContentThresholdGuardrail(Lazy):
    """Attributes:
    is_enabled (bool | Unset): Defaults to False on the server.
    threshold (ContentThresholdGuardrailThresholdType1 | float | str | Unset):
    """

    is_enabled: bool | Unset = UNSET

    threshold: ContentThresholdGuardrailThresholdType1 | float | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        is_enabled = self.is_enabled

        threshold: Any
        try:
            if isinstance(self.threshold, Unset):
                threshold = UNSET
            elif isinstance(self.threshold, str):
                threshold = self.threshold
            else:
                threshold = self.threshold

        except (AttributeError, TypeError):
            threshold = self.threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if is_enabled is not UNSET:
            field_dict["is_enabled"] = is_enabled
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        content_threshold_guardrail = cls.__new__(cls)
        content_threshold_guardrail.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return content_threshold_guardrail

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


_read_is_enabled = plain_reader("is_enabled", (bool,), "a boolean", False)

_read_threshold = plain_reader(
    "threshold",
    (
        float,
        int,
        str,
    ),
    "a number or a string",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "is_enabled",
        "threshold",
    )
)


def _read_additional_properties(cls: type[ContentThresholdGuardrail], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ContentThresholdGuardrail], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    is_enabled = d.get("is_enabled", UNSET)
    if is_enabled.__class__ is not bool and is_enabled is not UNSET:
        is_enabled = _read_is_enabled(cls, d)

    threshold = d.get("threshold", UNSET)
    if (
        threshold.__class__ is not float
        and threshold.__class__ is not int
        and threshold.__class__ is not str
        and threshold is not UNSET
    ):
        threshold = _read_threshold(cls, d)

    return {
        "is_enabled": is_enabled,
        "threshold": threshold,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ContentThresholdGuardrail,
    _all_fields,
    {
        "is_enabled": _read_is_enabled,
        "threshold": _read_threshold,
        "additional_properties": _read_additional_properties,
    },
)
