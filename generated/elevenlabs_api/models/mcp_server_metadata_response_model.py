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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        owner_user_id: Any
        try:
            owner_user_id = self.owner_user_id

        except (AttributeError, TypeError):
            owner_user_id = self.owner_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_at is not None or "created_at" not in self._missing_fields:
            field_dict["created_at"] = created_at
        if owner_user_id is not UNSET:
            field_dict["owner_user_id"] = owner_user_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        created_at = d.pop("created_at", MISSING)
        if created_at.__class__ is not int:
            if created_at is MISSING:
                created_at = missing_field(cls, "created_at")
                _missing += ("created_at",)
            else:
                created_at = unexpected_type(cls, "created_at", created_at, "an integer")

        owner_user_id = d.pop("owner_user_id", UNSET)
        if owner_user_id.__class__ is not str and owner_user_id is not None and owner_user_id is not UNSET:
            owner_user_id = unexpected_type(cls, "owner_user_id", owner_user_id, "a string or null")

        mcp_server_metadata_response_model = cls(
            created_at=created_at,
            owner_user_id=owner_user_id,
        )
        if _missing:
            mcp_server_metadata_response_model._missing_fields = _missing
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
