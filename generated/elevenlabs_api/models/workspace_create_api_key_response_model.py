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

T = TypeVar("T", bound="WorkspaceCreateApiKeyResponseModel")


@_attrs_define
class WorkspaceCreateApiKeyResponseModel:
    """Attributes:
    xi_api_key (str):
    key_id (str):
    """

    xi_api_key: str

    key_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        xi_api_key = self.xi_api_key

        key_id = self.key_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if xi_api_key is not None or "xi-api-key" not in self._missing_fields:
            field_dict["xi-api-key"] = xi_api_key
        if key_id is not None or "key_id" not in self._missing_fields:
            field_dict["key_id"] = key_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        xi_api_key = d.pop("xi-api-key", MISSING)
        if xi_api_key.__class__ is not str:
            if xi_api_key is MISSING:
                xi_api_key = missing_field(cls, "xi-api-key")
                _missing += ("xi-api-key",)
            else:
                xi_api_key = unexpected_type(cls, "xi-api-key", xi_api_key, "a string")

        key_id = d.pop("key_id", MISSING)
        if key_id.__class__ is not str:
            if key_id is MISSING:
                key_id = missing_field(cls, "key_id")
                _missing += ("key_id",)
            else:
                key_id = unexpected_type(cls, "key_id", key_id, "a string")

        workspace_create_api_key_response_model = cls(
            xi_api_key=xi_api_key,
            key_id=key_id,
        )
        if _missing:
            workspace_create_api_key_response_model._missing_fields = _missing
        workspace_create_api_key_response_model.additional_properties = d
        return workspace_create_api_key_response_model

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
