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

T = TypeVar("T", bound="BodyDeleteExistingInvitationV1WorkspaceInvitesDelete")


@_attrs_define
class BodyDeleteExistingInvitationV1WorkspaceInvitesDelete:
    """Attributes:
    email (str): The email of the customer
    """

    email: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if email is not None or "email" not in self._missing_fields:
            field_dict["email"] = email
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        email = d.pop("email", MISSING)
        if email.__class__ is not str:
            if email is MISSING:
                email = missing_field(cls, "email")
                _missing += ("email",)
            else:
                email = unexpected_type(cls, "email", email, "a string")

        body_delete_existing_invitation_v1_workspace_invites_delete = cls(
            email=email,
        )
        if _missing:
            body_delete_existing_invitation_v1_workspace_invites_delete._missing_fields = _missing
        body_delete_existing_invitation_v1_workspace_invites_delete.additional_properties = d
        return body_delete_existing_invitation_v1_workspace_invites_delete

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
