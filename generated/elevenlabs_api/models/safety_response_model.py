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

T = TypeVar("T", bound="SafetyResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SafetyResponseModel(Lazy):
    """Attributes:
    is_blocked_ivc (bool | Unset): Defaults to False on the server.
    is_blocked_non_ivc (bool | Unset): Defaults to False on the server.
    ignore_safety_evaluation (bool | Unset): Defaults to False on the server.
    """

    is_blocked_ivc: bool | Unset = UNSET

    is_blocked_non_ivc: bool | Unset = UNSET

    ignore_safety_evaluation: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        is_blocked_ivc = self.is_blocked_ivc

        is_blocked_non_ivc = self.is_blocked_non_ivc

        ignore_safety_evaluation = self.ignore_safety_evaluation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if is_blocked_ivc is not UNSET:
            field_dict["is_blocked_ivc"] = is_blocked_ivc
        if is_blocked_non_ivc is not UNSET:
            field_dict["is_blocked_non_ivc"] = is_blocked_non_ivc
        if ignore_safety_evaluation is not UNSET:
            field_dict["ignore_safety_evaluation"] = ignore_safety_evaluation
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        safety_response_model = cls.__new__(cls)
        safety_response_model.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return safety_response_model

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


_read_is_blocked_ivc = plain_reader("is_blocked_ivc", (bool,), "a boolean", False)

_read_is_blocked_non_ivc = plain_reader("is_blocked_non_ivc", (bool,), "a boolean", False)

_read_ignore_safety_evaluation = plain_reader("ignore_safety_evaluation", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "is_blocked_ivc",
        "is_blocked_non_ivc",
        "ignore_safety_evaluation",
    )
)


def _read_additional_properties(cls: type[SafetyResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SafetyResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    is_blocked_ivc = d.get("is_blocked_ivc", UNSET)
    if is_blocked_ivc.__class__ is not bool and is_blocked_ivc is not UNSET:
        is_blocked_ivc = _read_is_blocked_ivc(cls, d)

    is_blocked_non_ivc = d.get("is_blocked_non_ivc", UNSET)
    if is_blocked_non_ivc.__class__ is not bool and is_blocked_non_ivc is not UNSET:
        is_blocked_non_ivc = _read_is_blocked_non_ivc(cls, d)

    ignore_safety_evaluation = d.get("ignore_safety_evaluation", UNSET)
    if ignore_safety_evaluation.__class__ is not bool and ignore_safety_evaluation is not UNSET:
        ignore_safety_evaluation = _read_ignore_safety_evaluation(cls, d)

    return {
        "is_blocked_ivc": is_blocked_ivc,
        "is_blocked_non_ivc": is_blocked_non_ivc,
        "ignore_safety_evaluation": ignore_safety_evaluation,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    SafetyResponseModel,
    _all_fields,
    {
        "is_blocked_ivc": _read_is_blocked_ivc,
        "is_blocked_non_ivc": _read_is_blocked_non_ivc,
        "ignore_safety_evaluation": _read_ignore_safety_evaluation,
        "additional_properties": _read_additional_properties,
    },
)
