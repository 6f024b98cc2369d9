from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    unexpected_type,
)

T = TypeVar("T", bound="BodySetWorkspaceThirdPartyDisablingPolicyV1WorkspacesApiKeysThirdPartyDisablingPost")


@_attrs_define
class BodySetWorkspaceThirdPartyDisablingPolicyV1WorkspacesApiKeysThirdPartyDisablingPost:
    """Attributes:
    third_party_disable_allowed (bool | None | Unset): `true` forces every key in the workspace to be disable-able
        by its holder; `false` forbids it for every key; `null` clears the override (per-key values and the plan default
        apply).
    """

    third_party_disable_allowed: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        third_party_disable_allowed: Any
        try:
            third_party_disable_allowed = self.third_party_disable_allowed

        except (AttributeError, TypeError):
            third_party_disable_allowed = self.third_party_disable_allowed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if third_party_disable_allowed is not UNSET:
            field_dict["third_party_disable_allowed"] = third_party_disable_allowed
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        third_party_disable_allowed = d.pop("third_party_disable_allowed", UNSET)
        if (
            third_party_disable_allowed.__class__ is not bool
            and third_party_disable_allowed is not None
            and third_party_disable_allowed is not UNSET
        ):
            third_party_disable_allowed = unexpected_type(
                cls, "third_party_disable_allowed", third_party_disable_allowed, "a boolean or null"
            )

        body_set_workspace_third_party_disabling_policy_v1_workspaces_api_keys_third_party_disabling_post = cls(
            third_party_disable_allowed=third_party_disable_allowed,
        )
        body_set_workspace_third_party_disabling_policy_v1_workspaces_api_keys_third_party_disabling_post.additional_properties = d
        return body_set_workspace_third_party_disabling_policy_v1_workspaces_api_keys_third_party_disabling_post

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
