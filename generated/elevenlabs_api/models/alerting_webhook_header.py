from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AlertingWebhookHeader")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AlertingWebhookHeader(Lazy):
    """Attributes:
    name (str):
    is_secret (bool | Unset): Defaults to False on the server.
    value (None | str | Unset): Header value. May be null only for a secret header on update.
    """

    name: str

    is_secret: bool | Unset = UNSET

    value: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("name",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        alerting_webhook_header = cls.__new__(cls)
        alerting_webhook_header.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


_read_name = plain_reader("name", (str,), "a string", True)

_read_is_secret = plain_reader("is_secret", (bool,), "a boolean", False)

_read_value = plain_reader(
    "value",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "is_secret",
        "value",
    )
)


def _read_additional_properties(cls: type[AlertingWebhookHeader], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AlertingWebhookHeader], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    is_secret = d.get("is_secret", UNSET)
    if is_secret.__class__ is not bool and is_secret is not UNSET:
        is_secret = _read_is_secret(cls, d)

    value = d.get("value", UNSET)
    if value.__class__ is not str and value is not None and value is not UNSET:
        value = _read_value(cls, d)

    return {
        "name": name,
        "is_secret": is_secret,
        "value": value,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AlertingWebhookHeader,
    _all_fields,
    {
        "name": _read_name,
        "is_secret": _read_is_secret,
        "value": _read_value,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
