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

T = TypeVar("T", bound="ListResponseMeta")


@_attrs_define
class ListResponseMeta:
    """Attributes:
    total (int | None | Unset):
    page (int | None | Unset):
    page_size (int | None | Unset):
    """

    total: int | None | Unset = UNSET

    page: int | None | Unset = UNSET

    page_size: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total: Any
        try:
            total = self.total

        except (AttributeError, TypeError):
            total = self.total

        page: Any
        try:
            page = self.page

        except (AttributeError, TypeError):
            page = self.page

        page_size: Any
        try:
            page_size = self.page_size

        except (AttributeError, TypeError):
            page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if total is not UNSET:
            field_dict["total"] = total
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        total = d.pop("total", UNSET)
        if total.__class__ is not int and total is not None and total is not UNSET:
            total = unexpected_type(cls, "total", total, "an integer or null")

        page = d.pop("page", UNSET)
        if page.__class__ is not int and page is not None and page is not UNSET:
            page = unexpected_type(cls, "page", page, "an integer or null")

        page_size = d.pop("page_size", UNSET)
        if page_size.__class__ is not int and page_size is not None and page_size is not UNSET:
            page_size = unexpected_type(cls, "page_size", page_size, "an integer or null")

        list_response_meta = cls(
            total=total,
            page=page,
            page_size=page_size,
        )
        list_response_meta.additional_properties = d
        return list_response_meta

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
