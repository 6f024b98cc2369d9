from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodySetWorkspaceThirdPartyDisablingPolicyV1WorkspacesApiKeysThirdPartyDisablingPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodySetWorkspaceThirdPartyDisablingPolicyV1WorkspacesApiKeysThirdPartyDisablingPost(Lazy):
    """Attributes:
    third_party_disable_allowed (bool | None | Unset): `true` forces every key in the workspace to be disable-able
        by its holder; `false` forbids it for every key; `null` clears the override (per-key values and the plan default
        apply).
    """

    third_party_disable_allowed: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_set_workspace_third_party_disabling_policy_v1_workspaces_api_keys_third_party_disabling_post = cls.__new__(
            cls
        )
        body_set_workspace_third_party_disabling_policy_v1_workspaces_api_keys_third_party_disabling_post.__dict__ = (
            _all_fields(cls, src_dict, NOTHING)
        )  # what __init__ would set, and the rest
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


_read_third_party_disable_allowed = plain_reader(
    "third_party_disable_allowed",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(("third_party_disable_allowed",))


def _read_additional_properties(
    cls: type[BodySetWorkspaceThirdPartyDisablingPolicyV1WorkspacesApiKeysThirdPartyDisablingPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodySetWorkspaceThirdPartyDisablingPolicyV1WorkspacesApiKeysThirdPartyDisablingPost],
    d: Mapping[str, Any],
    known: Mapping[str, Any],
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    third_party_disable_allowed = d.get("third_party_disable_allowed", UNSET)
    if (
        third_party_disable_allowed.__class__ is not bool
        and third_party_disable_allowed is not None
        and third_party_disable_allowed is not UNSET
    ):
        third_party_disable_allowed = _read_third_party_disable_allowed(cls, d)

    return {
        "third_party_disable_allowed": third_party_disable_allowed,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    BodySetWorkspaceThirdPartyDisablingPolicyV1WorkspacesApiKeysThirdPartyDisablingPost,
    _all_fields,
    {
        "third_party_disable_allowed": _read_third_party_disable_allowed,
        "additional_properties": _read_additional_properties,
    },
)
