from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, missing_field

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

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        parent_folder_id: Any
        try:
            parent_folder_id = self.parent_folder_id

        except (AttributeError, TypeError):
            parent_folder_id = self.parent_folder_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None:
            field_dict["name"] = name
        if parent_folder_id is not UNSET:
            field_dict["parent_folder_id"] = parent_folder_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        name = d.pop("name", MISSING)
        if name is MISSING:
            name = missing_field(cls, "name")

        parent_folder_id = d.pop("parent_folder_id", UNSET)

        body_create_agent_test_folder_v1_convai_agent_testing_folders_post = cls(
            name=name,
            parent_folder_id=parent_folder_id,
        )
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
