from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    check_items,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="Icon")


@_attrs_define
class Icon:
    """An icon for display in user interfaces.

    Attributes:
        src (str):
        mime_type (None | str | Unset):
        sizes (list[str] | None | Unset):
    """

    src: str

    mime_type: None | str | Unset = UNSET

    sizes: list[str] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        src = self.src

        mime_type: Any
        try:
            mime_type = self.mime_type

        except (AttributeError, TypeError):
            mime_type = self.mime_type

        sizes: Any
        try:
            if isinstance(self.sizes, Unset):
                sizes = UNSET
            elif isinstance(self.sizes, list):
                sizes = self.sizes

            else:
                sizes = self.sizes

        except (AttributeError, TypeError):
            sizes = self.sizes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if src is not None or "src" not in self._missing_fields:
            field_dict["src"] = src
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type
        if sizes is not UNSET:
            field_dict["sizes"] = sizes
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        src = d.pop("src", MISSING)
        if src.__class__ is not str:
            if src is MISSING:
                src = missing_field(cls, "src")
                _missing += ("src",)
            else:
                src = unexpected_type(cls, "src", src, "a string")

        mime_type = d.pop("mimeType", UNSET)
        if mime_type.__class__ is not str and mime_type is not None and mime_type is not UNSET:
            mime_type = unexpected_type(cls, "mimeType", mime_type, "a string or null")

        sizes = d.pop("sizes", UNSET)
        if sizes.__class__ is not list and sizes is not None and sizes is not UNSET:
            sizes = unexpected_type(cls, "sizes", sizes, "an array or null")
        elif sizes.__class__ is list and sizes:
            check_items(cls, "sizes", sizes, (str,), "a string")

        icon = cls(
            src=src,
            mime_type=mime_type,
            sizes=sizes,
        )
        if _missing:
            icon._missing_fields = _missing
        icon.additional_properties = d
        return icon

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
