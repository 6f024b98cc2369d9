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

T = TypeVar("T", bound="WorkspaceCreateServiceAccountResponseModel")


@_attrs_define
class WorkspaceCreateServiceAccountResponseModel:
    """Attributes:
    service_account_user_id (str):
    """

    service_account_user_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        service_account_user_id = self.service_account_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if service_account_user_id is not None or "service-account-user-id" not in self._missing_fields:
            field_dict["service-account-user-id"] = service_account_user_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        service_account_user_id = d.pop("service-account-user-id", MISSING)
        if service_account_user_id.__class__ is not str:
            if service_account_user_id is MISSING:
                service_account_user_id = missing_field(cls, "service-account-user-id")
                _missing += ("service-account-user-id",)
            else:
                service_account_user_id = unexpected_type(
                    cls, "service-account-user-id", service_account_user_id, "a string"
                )

        workspace_create_service_account_response_model = cls(
            service_account_user_id=service_account_user_id,
        )
        if _missing:
            workspace_create_service_account_response_model._missing_fields = _missing
        workspace_create_service_account_response_model.additional_properties = d
        return workspace_create_service_account_response_model

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
