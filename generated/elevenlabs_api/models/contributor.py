from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, missing_field

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
        if name is not None:
            field_dict["name"] = name
        if role is not None:
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
        name = d.pop("name", MISSING)
        if name is MISSING:
            name = missing_field(cls, "name")

        role = d.pop("role", MISSING)
        if role is MISSING:
            role = missing_field(cls, "role")

        bio = d.pop("bio", UNSET)

        profile_id = d.pop("profile_id", UNSET)

        contributor = cls(
            name=name,
            role=role,
            bio=bio,
            profile_id=profile_id,
        )
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
