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

T = TypeVar("T", bound="ListResponseMeta")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ListResponseMeta(Lazy):
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
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        list_response_meta = cls.__new__(cls)
        list_response_meta.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


_read_total = plain_reader(
    "total",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_page = plain_reader(
    "page",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_page_size = plain_reader(
    "page_size",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "total",
        "page",
        "page_size",
    )
)


def _read_additional_properties(cls: type[ListResponseMeta], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ListResponseMeta], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    total = d.get("total", UNSET)
    if total.__class__ is not int and total is not None and total is not UNSET:
        total = _read_total(cls, d)

    page = d.get("page", UNSET)
    if page.__class__ is not int and page is not None and page is not UNSET:
        page = _read_page(cls, d)

    page_size = d.get("page_size", UNSET)
    if page_size.__class__ is not int and page_size is not None and page_size is not UNSET:
        page_size = _read_page_size(cls, d)

    return {
        "total": total,
        "page": page,
        "page_size": page_size,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ListResponseMeta,
    _all_fields,
    {
        "total": _read_total,
        "page": _read_page,
        "page_size": _read_page_size,
        "additional_properties": _read_additional_properties,
    },
)
