from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    deviating_field,
    expect_array,
)

T = TypeVar("T", bound="HTTPValidationError")


@_attrs_define
class HTTPValidationError:
    """Attributes:
    detail (list[ValidationError] | Unset):
    """

    detail: list[ValidationError] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        detail_raw = d.pop("detail", UNSET)
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

        http_validation_error = cls(
            detail=detail,
        )
        http_validation_error.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.validation_error import ValidationError
