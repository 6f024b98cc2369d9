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

T = TypeVar("T", bound="AgentMetadataResponseModel")


@_attrs_define
class AgentMetadataResponseModel:
    """Attributes:
    created_at_unix_secs (int): The creation time of the agent in unix seconds
    updated_at_unix_secs (int): The last update time of the agent in unix seconds
    """

    created_at_unix_secs: int

    updated_at_unix_secs: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        created_at_unix_secs = self.created_at_unix_secs

        updated_at_unix_secs = self.updated_at_unix_secs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_at_unix_secs is not None or "created_at_unix_secs" not in self._missing_fields:
            field_dict["created_at_unix_secs"] = created_at_unix_secs
        if updated_at_unix_secs is not None or "updated_at_unix_secs" not in self._missing_fields:
            field_dict["updated_at_unix_secs"] = updated_at_unix_secs
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        created_at_unix_secs = d.pop("created_at_unix_secs", MISSING)
        if created_at_unix_secs.__class__ is not int:
            if created_at_unix_secs is MISSING:
                created_at_unix_secs = missing_field(cls, "created_at_unix_secs")
                _missing += ("created_at_unix_secs",)
            else:
                created_at_unix_secs = unexpected_type(cls, "created_at_unix_secs", created_at_unix_secs, "an integer")

        updated_at_unix_secs = d.pop("updated_at_unix_secs", MISSING)
        if updated_at_unix_secs.__class__ is not int:
            if updated_at_unix_secs is MISSING:
                updated_at_unix_secs = missing_field(cls, "updated_at_unix_secs")
                _missing += ("updated_at_unix_secs",)
            else:
                updated_at_unix_secs = unexpected_type(cls, "updated_at_unix_secs", updated_at_unix_secs, "an integer")

        agent_metadata_response_model = cls(
            created_at_unix_secs=created_at_unix_secs,
            updated_at_unix_secs=updated_at_unix_secs,
        )
        if _missing:
            agent_metadata_response_model._missing_fields = _missing
        agent_metadata_response_model.additional_properties = d
        return agent_metadata_response_model

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
