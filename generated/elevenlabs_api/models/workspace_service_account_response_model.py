from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceServiceAccountResponseModel")


@_attrs_define
class WorkspaceServiceAccountResponseModel:
    """Attributes:
    service_account_user_id (str):
    name (str):
    api_keys (list[WorkspaceApiKeyResponseModel]):
    created_at_unix (int | None | Unset):
    default_sharing_groups (list[DefaultSharingGroupResponseModel] | Unset):
    """

    service_account_user_id: str

    name: str

    api_keys: list[WorkspaceApiKeyResponseModel]

    created_at_unix: int | None | Unset = UNSET

    default_sharing_groups: list[DefaultSharingGroupResponseModel] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_account_user_id = self.service_account_user_id

        name = self.name

        api_keys = []
        for api_keys_item_data in self.api_keys:
            api_keys_item = api_keys_item_data.to_dict()
            api_keys.append(api_keys_item)

        created_at_unix: int | None | Unset = self.created_at_unix

        default_sharing_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.default_sharing_groups, Unset):
            default_sharing_groups = []
            for default_sharing_groups_item_data in self.default_sharing_groups:
                default_sharing_groups_item = default_sharing_groups_item_data.to_dict()
                default_sharing_groups.append(default_sharing_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["service_account_user_id"] = service_account_user_id
        field_dict["name"] = name
        field_dict["api-keys"] = api_keys
        if created_at_unix is not UNSET:
            field_dict["created_at_unix"] = created_at_unix
        if default_sharing_groups is not UNSET:
            field_dict["default_sharing_groups"] = default_sharing_groups
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        service_account_user_id = d.pop("service_account_user_id")

        name = d.pop("name")

        api_keys = []
        _api_keys = d.pop("api-keys")
        for api_keys_item_data in _api_keys:
            api_keys_item = WorkspaceApiKeyResponseModel.from_dict(api_keys_item_data)

            api_keys.append(api_keys_item)

        created_at_unix = d.pop("created_at_unix", UNSET)

        _default_sharing_groups = d.pop("default_sharing_groups", UNSET)
        default_sharing_groups: list[DefaultSharingGroupResponseModel] | Unset = UNSET
        if _default_sharing_groups is not UNSET:
            default_sharing_groups = []
            for default_sharing_groups_item_data in _default_sharing_groups:
                default_sharing_groups_item = DefaultSharingGroupResponseModel.from_dict(
                    default_sharing_groups_item_data
                )

                default_sharing_groups.append(default_sharing_groups_item)

        workspace_service_account_response_model = cls(
            service_account_user_id=service_account_user_id,
            name=name,
            api_keys=api_keys,
            created_at_unix=created_at_unix,
            default_sharing_groups=default_sharing_groups,
        )
        workspace_service_account_response_model.additional_properties = d
        return workspace_service_account_response_model

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
from ..models.default_sharing_group_response_model import DefaultSharingGroupResponseModel
from ..models.workspace_api_key_response_model import WorkspaceApiKeyResponseModel
