from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="CreatePhoneNumberResponseModel")


@_attrs_define
class CreatePhoneNumberResponseModel:
    """Attributes:
    phone_number_id (str): Phone entity ID
    """

    phone_number_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        phone_number_id = self.phone_number_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if phone_number_id is not None or "phone_number_id" not in self._missing_fields:
            field_dict["phone_number_id"] = phone_number_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        phone_number_id = d.pop("phone_number_id", MISSING)
        if phone_number_id.__class__ is not str:
            if phone_number_id is MISSING:
                phone_number_id = missing_field(cls, "phone_number_id")
                _missing += ("phone_number_id",)
            else:
                phone_number_id = unexpected_type(cls, "phone_number_id", phone_number_id, "a string")

        create_phone_number_response_model = cls(
            phone_number_id=phone_number_id,
        )
        if _missing:
            create_phone_number_response_model._missing_fields = _missing
        create_phone_number_response_model.additional_properties = d
        return create_phone_number_response_model

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
