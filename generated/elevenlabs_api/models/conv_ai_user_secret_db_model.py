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

T = TypeVar("T", bound="ConvAIUserSecretDBModel")


@_attrs_define
class ConvAIUserSecretDBModel:
    """User-specific secret model that are not shared with other users in a workspace.

    Attributes:
        name (str):
        encrypted_value (str):
        nonce (str):
        id (str):
    """

    name: str

    encrypted_value: str

    nonce: str

    id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        encrypted_value = self.encrypted_value

        nonce = self.nonce

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if encrypted_value is not None or "encrypted_value" not in self._missing_fields:
            field_dict["encrypted_value"] = encrypted_value
        if nonce is not None or "nonce" not in self._missing_fields:
            field_dict["nonce"] = nonce
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
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

        encrypted_value = d.pop("encrypted_value", MISSING)
        if encrypted_value.__class__ is not str:
            if encrypted_value is MISSING:
                encrypted_value = missing_field(cls, "encrypted_value")
                _missing += ("encrypted_value",)
            else:
                encrypted_value = unexpected_type(cls, "encrypted_value", encrypted_value, "a string")

        nonce = d.pop("nonce", MISSING)
        if nonce.__class__ is not str:
            if nonce is MISSING:
                nonce = missing_field(cls, "nonce")
                _missing += ("nonce",)
            else:
                nonce = unexpected_type(cls, "nonce", nonce, "a string")

        id = d.pop("id", MISSING)
        if id.__class__ is not str:
            if id is MISSING:
                id = missing_field(cls, "id")
                _missing += ("id",)
            else:
                id = unexpected_type(cls, "id", id, "a string")

        conv_ai_user_secret_db_model = cls(
            name=name,
            encrypted_value=encrypted_value,
            nonce=nonce,
            id=id,
        )
        if _missing:
            conv_ai_user_secret_db_model._missing_fields = _missing
        conv_ai_user_secret_db_model.additional_properties = d
        return conv_ai_user_secret_db_model

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
