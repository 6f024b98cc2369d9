from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="BodyCreateServiceAccountV1ServiceAccountsPost")


@_attrs_define
class BodyCreateServiceAccountV1ServiceAccountsPost:
    """Attributes:
    name (str):
    default_sharing_groups (list[DefaultSharingGroupConfig] | None | Unset): List of groups with their permission
        levels to share with by default. Each entry should specify a group_id and a permission_level (admin, editor, or
        viewer).
    """

    name: str

    default_sharing_groups: list[DefaultSharingGroupConfig] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        default_sharing_groups: Any
        try:
            if isinstance(self.default_sharing_groups, Unset):
                default_sharing_groups = UNSET
            elif isinstance(self.default_sharing_groups, list):
                default_sharing_groups = []
                for default_sharing_groups_type_0_item_data in self.default_sharing_groups:
                    default_sharing_groups_type_0_item = default_sharing_groups_type_0_item_data.to_dict()
                    default_sharing_groups.append(default_sharing_groups_type_0_item)

            else:
                default_sharing_groups = self.default_sharing_groups

        except (AttributeError, TypeError):
            default_sharing_groups = self.default_sharing_groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if default_sharing_groups is not UNSET:
            field_dict["default_sharing_groups"] = default_sharing_groups
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

        default_sharing_groups_raw = d.pop("default_sharing_groups", UNSET)
        try:

            def _parse_default_sharing_groups(data: object) -> list[DefaultSharingGroupConfig] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, list):
                    raise TypeError(f"got {type(data).__name__}")
                default_sharing_groups_type_0 = []
                _default_sharing_groups_type_0 = data
                for default_sharing_groups_type_0_item_data in _default_sharing_groups_type_0:
                    default_sharing_groups_type_0_item = DefaultSharingGroupConfig.from_dict(
                        default_sharing_groups_type_0_item_data
                    )

                    default_sharing_groups_type_0.append(default_sharing_groups_type_0_item)

                return default_sharing_groups_type_0

            default_sharing_groups = _parse_default_sharing_groups(default_sharing_groups_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            default_sharing_groups = deviating_field(cls, "default_sharing_groups", default_sharing_groups_raw)

        body_create_service_account_v1_service_accounts_post = cls(
            name=name,
            default_sharing_groups=default_sharing_groups,
        )
        if _missing:
            body_create_service_account_v1_service_accounts_post._missing_fields = _missing
        body_create_service_account_v1_service_accounts_post.additional_properties = d
        return body_create_service_account_v1_service_accounts_post

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
from ..models.default_sharing_group_config import DefaultSharingGroupConfig
