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
    expect_array,
    missing_field,
    unexpected_type,
)

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        service_account_user_id = self.service_account_user_id

        name = self.name

        api_keys: Any
        try:
            api_keys = []
            for api_keys_item_data in self.api_keys:
                api_keys_item = api_keys_item_data.to_dict()
                api_keys.append(api_keys_item)

        except (AttributeError, TypeError):
            api_keys = self.api_keys

        created_at_unix: Any
        try:
            created_at_unix = self.created_at_unix

        except (AttributeError, TypeError):
            created_at_unix = self.created_at_unix

        default_sharing_groups: Any
        try:
            default_sharing_groups = UNSET
            if not isinstance(self.default_sharing_groups, Unset):
                default_sharing_groups = []
                for default_sharing_groups_item_data in self.default_sharing_groups:
                    default_sharing_groups_item = default_sharing_groups_item_data.to_dict()
                    default_sharing_groups.append(default_sharing_groups_item)

        except (AttributeError, TypeError):
            default_sharing_groups = self.default_sharing_groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if service_account_user_id is not None or "service_account_user_id" not in self._missing_fields:
            field_dict["service_account_user_id"] = service_account_user_id
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if api_keys is not None or "api-keys" not in self._missing_fields:
            field_dict["api-keys"] = api_keys
        if created_at_unix is not UNSET:
            field_dict["created_at_unix"] = created_at_unix
        if default_sharing_groups is not UNSET:
            field_dict["default_sharing_groups"] = default_sharing_groups
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        service_account_user_id = d.pop("service_account_user_id", MISSING)
        if service_account_user_id.__class__ is not str:
            if service_account_user_id is MISSING:
                service_account_user_id = missing_field(cls, "service_account_user_id")
                _missing += ("service_account_user_id",)
            else:
                service_account_user_id = unexpected_type(
                    cls, "service_account_user_id", service_account_user_id, "a string"
                )

        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        api_keys_raw = d.pop("api-keys", MISSING)
        if api_keys_raw is MISSING:
            api_keys = missing_field(cls, "api-keys")
            _missing += ("api-keys",)
        else:
            try:
                expect_array("api-keys", api_keys_raw)
                api_keys = []
                _api_keys = api_keys_raw
                for api_keys_item_data in _api_keys:
                    api_keys_item = WorkspaceApiKeyResponseModel.from_dict(api_keys_item_data)

                    api_keys.append(api_keys_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                api_keys = deviating_field(cls, "api-keys", api_keys_raw)

        created_at_unix = d.pop("created_at_unix", UNSET)
        if created_at_unix.__class__ is not int and created_at_unix is not None and created_at_unix is not UNSET:
            created_at_unix = unexpected_type(cls, "created_at_unix", created_at_unix, "an integer or null")

        default_sharing_groups_raw = d.pop("default_sharing_groups", UNSET)
        try:
            expect_array("default_sharing_groups", default_sharing_groups_raw)
            _default_sharing_groups = default_sharing_groups_raw
            default_sharing_groups: list[DefaultSharingGroupResponseModel] | Unset = UNSET
            if _default_sharing_groups is not UNSET:
                default_sharing_groups = []
                for default_sharing_groups_item_data in _default_sharing_groups:
                    default_sharing_groups_item = DefaultSharingGroupResponseModel.from_dict(
                        default_sharing_groups_item_data
                    )

                    default_sharing_groups.append(default_sharing_groups_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            default_sharing_groups = deviating_field(cls, "default_sharing_groups", default_sharing_groups_raw)

        workspace_service_account_response_model = cls(
            service_account_user_id=service_account_user_id,
            name=name,
            api_keys=api_keys,
            created_at_unix=created_at_unix,
            default_sharing_groups=default_sharing_groups,
        )
        if _missing:
            workspace_service_account_response_model._missing_fields = _missing
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
