from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    expect_array,
    missing_field,
)

T = TypeVar("T", bound="WorkspaceServiceAccountListResponseModel")


@_attrs_define
class WorkspaceServiceAccountListResponseModel:
    """Attributes:
    service_accounts (list[WorkspaceServiceAccountResponseModel]):
    """

    service_accounts: list[WorkspaceServiceAccountResponseModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        service_accounts: Any
        try:
            service_accounts = []
            for service_accounts_item_data in self.service_accounts:
                service_accounts_item = service_accounts_item_data.to_dict()
                service_accounts.append(service_accounts_item)

        except (AttributeError, TypeError):
            service_accounts = self.service_accounts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if service_accounts is not None or "service-accounts" not in self._missing_fields:
            field_dict["service-accounts"] = service_accounts
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        service_accounts_raw = d.pop("service-accounts", MISSING)
        if service_accounts_raw is MISSING:
            service_accounts = missing_field(cls, "service-accounts")
            _missing += ("service-accounts",)
        else:
            try:
                expect_array("service-accounts", service_accounts_raw)
                service_accounts = []
                _service_accounts = service_accounts_raw
                for service_accounts_item_data in _service_accounts:
                    service_accounts_item = WorkspaceServiceAccountResponseModel.from_dict(service_accounts_item_data)

                    service_accounts.append(service_accounts_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                service_accounts = deviating_field(cls, "service-accounts", service_accounts_raw)

        workspace_service_account_list_response_model = cls(
            service_accounts=service_accounts,
        )
        if _missing:
            workspace_service_account_list_response_model._missing_fields = _missing
        workspace_service_account_list_response_model.additional_properties = d
        return workspace_service_account_list_response_model

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.workspace_service_account_response_model import WorkspaceServiceAccountResponseModel
