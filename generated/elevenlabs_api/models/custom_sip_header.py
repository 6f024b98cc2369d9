from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="CustomSIPHeader")


@_attrs_define
class CustomSIPHeader:
    """Custom SIP header for phone transfers with a static (validated) value.

    Attributes:
        key (str): The SIP header name (e.g., 'X-Customer-ID')
        value (str): The header value
        type_ (Literal['static'] | Unset):  Default: 'static'.
    """

    key: str

    value: str

    type_: Literal["static"] | Unset = "static"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "static")

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if key is not None or "key" not in self._missing_fields:
            field_dict["key"] = key
        if value is not None or "value" not in self._missing_fields:
            field_dict["value"] = value
        if type_ is not UNSET:
            field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type__raw = d.pop("type", UNSET)
        type_ = cast(Literal["static"] | Unset, type__raw)
        if type_ != "static" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'static', got '{type_}'")

        key = d.pop("key", MISSING)
        if key.__class__ is not str:
            if key is MISSING:
                key = missing_field(cls, "key")
                _missing += ("key",)
            else:
                key = unexpected_type(cls, "key", key, "a string")

        value = d.pop("value", MISSING)
        if value.__class__ is not str:
            if value is MISSING:
                value = missing_field(cls, "value")
                _missing += ("value",)
            else:
                value = unexpected_type(cls, "value", value, "a string")

        custom_sip_header = cls(
            key=key,
            value=value,
            type_=type_,
        )
        if _missing:
            custom_sip_header._missing_fields = _missing
        custom_sip_header.additional_properties = d
        return custom_sip_header

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
