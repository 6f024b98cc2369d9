from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import TelephonyProvider
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="DependentPhoneNumberIdentifier")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DependentPhoneNumberIdentifier(Lazy):
    """Attributes:
    phone_number_id (str):
    phone_number (str):
    label (str):
    provider (str | TelephonyProvider):
    """

    phone_number_id: str

    phone_number: str

    label: str

    provider: str | TelephonyProvider

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "phone_number_id",
        "phone_number",
        "label",
        "provider",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        phone_number_id = self.phone_number_id

        phone_number = self.phone_number

        label = self.label

        provider: Any
        try:
            if isinstance(self.provider, str):
                provider = self.provider
            else:
                provider = self.provider

        except (AttributeError, TypeError):
            provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if phone_number_id is not None or "phone_number_id" not in self._missing_fields:
            field_dict["phone_number_id"] = phone_number_id
        if phone_number is not None or "phone_number" not in self._missing_fields:
            field_dict["phone_number"] = phone_number
        if label is not None or "label" not in self._missing_fields:
            field_dict["label"] = label
        if provider is not None or "provider" not in self._missing_fields:
            field_dict["provider"] = provider
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        dependent_phone_number_identifier = cls.__new__(cls)
        dependent_phone_number_identifier.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return dependent_phone_number_identifier

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


_read_phone_number_id = plain_reader("phone_number_id", (str,), "a string", True)

_read_phone_number = plain_reader("phone_number", (str,), "a string", True)

_read_label = plain_reader("label", (str,), "a string", True)

_read_provider = plain_reader("provider", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "phone_number_id",
        "phone_number",
        "label",
        "provider",
    )
)


def _read_additional_properties(cls: type[DependentPhoneNumberIdentifier], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[DependentPhoneNumberIdentifier], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    phone_number_id = d.get("phone_number_id", MISSING)
    if phone_number_id.__class__ is not str:
        phone_number_id = _read_phone_number_id(cls, d)

    phone_number = d.get("phone_number", MISSING)
    if phone_number.__class__ is not str:
        phone_number = _read_phone_number(cls, d)

    label = d.get("label", MISSING)
    if label.__class__ is not str:
        label = _read_label(cls, d)

    provider = d.get("provider", MISSING)
    if provider.__class__ is not str:
        provider = _read_provider(cls, d)

    return {
        "phone_number_id": phone_number_id,
        "phone_number": phone_number,
        "label": label,
        "provider": provider,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    DependentPhoneNumberIdentifier,
    _all_fields,
    {
        "phone_number_id": _read_phone_number_id,
        "phone_number": _read_phone_number,
        "label": _read_label,
        "provider": _read_provider,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
