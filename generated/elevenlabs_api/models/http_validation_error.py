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
    expect_array,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="HttpValidationError")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class HttpValidationError(Lazy):
    """Attributes:
    detail (list[ValidationError] | Unset):
    """

    detail: list[ValidationError] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        detail: Any
        try:
            detail = UNSET
            if not isinstance(self.detail, Unset):
                detail = []
                for detail_item_data in self.detail:
                    detail_item = detail_item_data.to_dict()
                    detail.append(detail_item)

        except (AttributeError, TypeError):
            detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if detail is not UNSET:
            field_dict["detail"] = detail
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        http_validation_error = cls.__new__(cls)
        http_validation_error.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return http_validation_error

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


def _read_detail(cls: type[HttpValidationError], d: Mapping[str, Any]) -> Any:
    detail_raw = d.get("detail", UNSET)
    try:
        expect_array("detail", detail_raw)
        _detail = detail_raw
        detail: list[ValidationError] | Unset = UNSET
        if _detail is not UNSET:
            detail = []
            for detail_item_data in _detail:
                detail_item = ValidationError.from_dict(detail_item_data)

                detail.append(detail_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        detail = deviating_field(cls, "detail", detail_raw)

    return detail


_FIELDS: frozenset[str] = frozenset(("detail",))


def _read_additional_properties(cls: type[HttpValidationError], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[HttpValidationError], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "detail" in known:
        detail = known["detail"]
    else:
        detail = d.get("detail", UNSET)
        if detail is not UNSET:
            detail = _read_detail(cls, d)

    return {
        "detail": detail,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    HttpValidationError,
    _all_fields,
    {
        "detail": _read_detail,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.validation_error import ValidationError
