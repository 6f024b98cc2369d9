from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="Contributor")


@_attrs_define
class Contributor:
    """Attributes:
    name (str):
    role (str):
    bio (None | str | Unset):
    profile_id (None | str | Unset):
    """

    name: str

    role: str

    bio: None | str | Unset = UNSET

    profile_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        role = self.role

        bio: Any
        try:
            bio = self.bio

        except (AttributeError, TypeError):
            bio = self.bio

        profile_id: Any
        try:
            profile_id = self.profile_id

        except (AttributeError, TypeError):
            profile_id = self.profile_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if role is not None or "role" not in self._missing_fields:
            field_dict["role"] = role
        if bio is not UNSET:
            field_dict["bio"] = bio
        if profile_id is not UNSET:
            field_dict["profile_id"] = profile_id
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

        role = d.pop("role", MISSING)
        if role.__class__ is not str:
            if role is MISSING:
                role = missing_field(cls, "role")
                _missing += ("role",)
            else:
                role = unexpected_type(cls, "role", role, "a string")

        bio = d.pop("bio", UNSET)
        if bio.__class__ is not str and bio is not None and bio is not UNSET:
            bio = unexpected_type(cls, "bio", bio, "a string or null")

        profile_id = d.pop("profile_id", UNSET)
        if profile_id.__class__ is not str and profile_id is not None and profile_id is not UNSET:
            profile_id = unexpected_type(cls, "profile_id", profile_id, "a string or null")

        contributor = cls(
            name=name,
            role=role,
            bio=bio,
            profile_id=profile_id,
        )
        if _missing:
            contributor._missing_fields = _missing
        contributor.additional_properties = d
        return contributor

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
