from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, missing_field

T = TypeVar("T", bound="MCPServerMetadataResponseModel")


@_attrs_define
class MCPServerMetadataResponseModel:
    """Attributes:
    created_at (int):
    owner_user_id (None | str | Unset):
    """

    created_at: int

    owner_user_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        owner_user_id: Any
        try:
            owner_user_id = self.owner_user_id

        except (AttributeError, TypeError):
            owner_user_id = self.owner_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_at is not None:
            field_dict["created_at"] = created_at
        if owner_user_id is not UNSET:
            field_dict["owner_user_id"] = owner_user_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        created_at = d.pop("created_at", MISSING)
        if created_at is MISSING:
            created_at = missing_field(cls, "created_at")

        owner_user_id = d.pop("owner_user_id", UNSET)

        mcp_server_metadata_response_model = cls(
            created_at=created_at,
            owner_user_id=owner_user_id,
        )
        mcp_server_metadata_response_model.additional_properties = d
        return mcp_server_metadata_response_model

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
