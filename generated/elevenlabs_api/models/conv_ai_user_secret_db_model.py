from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, missing_field

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

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        encrypted_value = self.encrypted_value

        nonce = self.nonce

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None:
            field_dict["name"] = name
        if encrypted_value is not None:
            field_dict["encrypted_value"] = encrypted_value
        if nonce is not None:
            field_dict["nonce"] = nonce
        if id is not None:
            field_dict["id"] = id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        name = d.pop("name", MISSING)
        if name is MISSING:
            name = missing_field(cls, "name")

        encrypted_value = d.pop("encrypted_value", MISSING)
        if encrypted_value is MISSING:
            encrypted_value = missing_field(cls, "encrypted_value")

        nonce = d.pop("nonce", MISSING)
        if nonce is MISSING:
            nonce = missing_field(cls, "nonce")

        id = d.pop("id", MISSING)
        if id is MISSING:
            id = missing_field(cls, "id")

        conv_ai_user_secret_db_model = cls(
            name=name,
            encrypted_value=encrypted_value,
            nonce=nonce,
            id=id,
        )
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
