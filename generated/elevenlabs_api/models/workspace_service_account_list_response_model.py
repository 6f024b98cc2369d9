from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WorkspaceServiceAccountListResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WorkspaceServiceAccountListResponseModel(Lazy):
    """Attributes:
    service_accounts (list[WorkspaceServiceAccountResponseModel]):
    """

    service_accounts: list[WorkspaceServiceAccountResponseModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("service-accounts",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        workspace_service_account_list_response_model = cls.__new__(cls)
        workspace_service_account_list_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_service_accounts(cls: type[WorkspaceServiceAccountListResponseModel], d: Mapping[str, Any]) -> Any:
    service_accounts_raw = d.get("service-accounts", MISSING)
    if service_accounts_raw is MISSING:
        service_accounts = missing_field(cls, "service-accounts")
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

    return service_accounts


_FIELDS: frozenset[str] = frozenset(("service-accounts",))


def _read_additional_properties(
    cls: type[WorkspaceServiceAccountListResponseModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WorkspaceServiceAccountListResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "service_accounts" in known:
        service_accounts = known["service_accounts"]
    else:
        service_accounts = _read_service_accounts(cls, d)

    return {
        "service_accounts": service_accounts,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    WorkspaceServiceAccountListResponseModel,
    _all_fields,
    {
        "service_accounts": _read_service_accounts,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.workspace_service_account_response_model import WorkspaceServiceAccountResponseModel
