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

T = TypeVar("T", bound="CreateAgentBranchResponseModel")


@_attrs_define
class CreateAgentBranchResponseModel:
    """Attributes:
    created_branch_id (str): ID of the created branch
    created_version_id (str): ID of the first version on the created branch
    """

    created_branch_id: str

    created_version_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        created_branch_id = self.created_branch_id

        created_version_id = self.created_version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_branch_id is not None or "created_branch_id" not in self._missing_fields:
            field_dict["created_branch_id"] = created_branch_id
        if created_version_id is not None or "created_version_id" not in self._missing_fields:
            field_dict["created_version_id"] = created_version_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        created_branch_id = d.pop("created_branch_id", MISSING)
        if created_branch_id.__class__ is not str:
            if created_branch_id is MISSING:
                created_branch_id = missing_field(cls, "created_branch_id")
                _missing += ("created_branch_id",)
            else:
                created_branch_id = unexpected_type(cls, "created_branch_id", created_branch_id, "a string")

        created_version_id = d.pop("created_version_id", MISSING)
        if created_version_id.__class__ is not str:
            if created_version_id is MISSING:
                created_version_id = missing_field(cls, "created_version_id")
                _missing += ("created_version_id",)
            else:
                created_version_id = unexpected_type(cls, "created_version_id", created_version_id, "a string")

        create_agent_branch_response_model = cls(
            created_branch_id=created_branch_id,
            created_version_id=created_version_id,
        )
        if _missing:
            create_agent_branch_response_model._missing_fields = _missing
        create_agent_branch_response_model.additional_properties = d
        return create_agent_branch_response_model

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
