from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="AlertingWebhookHeader")


@_attrs_define
class AlertingWebhookHeader:
    """Attributes:
    name (str):
    is_secret (bool | Unset):  Default: False.
    value (None | str | Unset): Header value. May be null only for a secret header on update.
    """

    name: str

    is_secret: bool | Unset = False

    value: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        is_secret = self.is_secret

        value: Any
        try:
            value = self.value

        except (AttributeError, TypeError):
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if is_secret is not UNSET:
            field_dict["is_secret"] = is_secret
        if value is not UNSET:
            field_dict["value"] = value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        is_secret = d.pop("is_secret", UNSET)
        if is_secret.__class__ is not bool and is_secret is not UNSET:
            is_secret = unexpected_type(cls, "is_secret", is_secret, "a boolean")

        value = d.pop("value", UNSET)
        if value.__class__ is not str and value is not None and value is not UNSET:
            value = unexpected_type(cls, "value", value, "a string or null")

        alerting_webhook_header = cls(
            name=name,
            is_secret=is_secret,
            value=value,
        )
        if _missing:
            alerting_webhook_header._missing_fields = _missing
        alerting_webhook_header.additional_properties = d
        return alerting_webhook_header

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
