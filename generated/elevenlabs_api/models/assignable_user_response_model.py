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

T = TypeVar("T", bound="AssignableUserResponseModel")


@_attrs_define
class AssignableUserResponseModel:
    """Attributes:
    user_id (str):
    email (str):
    first_name (None | str):
    is_service_account (bool):
    has_access (bool): Whether this workspace member currently has at least viewer access to the agent. Members
        without access are still returned so they can be surfaced (e.g. grayed out) and granted access before being
        assigned.
    """

    user_id: str

    email: str

    first_name: None | str

    is_service_account: bool

    has_access: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        email = self.email

        first_name: Any
        try:
            first_name = self.first_name

        except (AttributeError, TypeError):
            first_name = self.first_name

        is_service_account = self.is_service_account

        has_access = self.has_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if user_id is not None or "user_id" not in self._missing_fields:
            field_dict["user_id"] = user_id
        if email is not None or "email" not in self._missing_fields:
            field_dict["email"] = email
        if first_name is not None or "first_name" not in self._missing_fields:
            field_dict["first_name"] = first_name
        if is_service_account is not None or "is_service_account" not in self._missing_fields:
            field_dict["is_service_account"] = is_service_account
        if has_access is not None or "has_access" not in self._missing_fields:
            field_dict["has_access"] = has_access
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        user_id = d.pop("user_id", MISSING)
        if user_id.__class__ is not str:
            if user_id is MISSING:
                user_id = missing_field(cls, "user_id")
                _missing += ("user_id",)
            else:
                user_id = unexpected_type(cls, "user_id", user_id, "a string")

        email = d.pop("email", MISSING)
        if email.__class__ is not str:
            if email is MISSING:
                email = missing_field(cls, "email")
                _missing += ("email",)
            else:
                email = unexpected_type(cls, "email", email, "a string")

        first_name = d.pop("first_name", MISSING)
        if first_name.__class__ is not str and first_name is not None:
            if first_name is MISSING:
                first_name = missing_field(cls, "first_name")
                _missing += ("first_name",)
            else:
                first_name = unexpected_type(cls, "first_name", first_name, "a string or null")

        is_service_account = d.pop("is_service_account", MISSING)
        if is_service_account.__class__ is not bool:
            if is_service_account is MISSING:
                is_service_account = missing_field(cls, "is_service_account")
                _missing += ("is_service_account",)
            else:
                is_service_account = unexpected_type(cls, "is_service_account", is_service_account, "a boolean")

        has_access = d.pop("has_access", MISSING)
        if has_access.__class__ is not bool:
            if has_access is MISSING:
                has_access = missing_field(cls, "has_access")
                _missing += ("has_access",)
            else:
                has_access = unexpected_type(cls, "has_access", has_access, "a boolean")

        assignable_user_response_model = cls(
            user_id=user_id,
            email=email,
            first_name=first_name,
            is_service_account=is_service_account,
            has_access=has_access,
        )
        if _missing:
            assignable_user_response_model._missing_fields = _missing
        assignable_user_response_model.additional_properties = d
        return assignable_user_response_model

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
