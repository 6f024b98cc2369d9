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

T = TypeVar("T", bound="BodyCreateAgentTestFolderV1ConvaiAgentTestingFoldersPost")


@_attrs_define
class BodyCreateAgentTestFolderV1ConvaiAgentTestingFoldersPost:
    """Attributes:
    name (str): The name of the folder to create
    parent_folder_id (None | str | Unset): The ID of the parent folder. If not provided, the folder will be created
        at the root level.
    """

    name: str

    parent_folder_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        parent_folder_id: Any
        try:
            parent_folder_id = self.parent_folder_id

        except (AttributeError, TypeError):
            parent_folder_id = self.parent_folder_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if parent_folder_id is not UNSET:
            field_dict["parent_folder_id"] = parent_folder_id
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

        parent_folder_id = d.pop("parent_folder_id", UNSET)
        if parent_folder_id.__class__ is not str and parent_folder_id is not None and parent_folder_id is not UNSET:
            parent_folder_id = unexpected_type(cls, "parent_folder_id", parent_folder_id, "a string or null")

        body_create_agent_test_folder_v1_convai_agent_testing_folders_post = cls(
            name=name,
            parent_folder_id=parent_folder_id,
        )
        if _missing:
            body_create_agent_test_folder_v1_convai_agent_testing_folders_post._missing_fields = _missing
        body_create_agent_test_folder_v1_convai_agent_testing_folders_post.additional_properties = d
        return body_create_agent_test_folder_v1_convai_agent_testing_folders_post

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
