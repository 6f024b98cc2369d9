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

T = TypeVar("T", bound="AddKnowledgeBaseResponseModel")


@_attrs_define
class AddKnowledgeBaseResponseModel:
    """Attributes:
    id (str):
    name (str):
    folder_path (list[KnowledgeBaseFolderPathSegmentSummaryResponseModel] | Unset): The folder path segments leading
        to this entity, from root to parent folder.
    """

    id: str

    name: str

    folder_path: list[KnowledgeBaseFolderPathSegmentSummaryResponseModel] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        folder_path: Any
        try:
            folder_path = UNSET
            if not isinstance(self.folder_path, Unset):
                folder_path = []
                for folder_path_item_data in self.folder_path:
                    folder_path_item = folder_path_item_data.to_dict()
                    folder_path.append(folder_path_item)

        except (AttributeError, TypeError):
            folder_path = self.folder_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if folder_path is not UNSET:
            field_dict["folder_path"] = folder_path
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        id = d.pop("id", MISSING)
        if id.__class__ is not str:
            if id is MISSING:
                id = missing_field(cls, "id")
                _missing += ("id",)
            else:
                id = unexpected_type(cls, "id", id, "a string")

        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        folder_path_raw = d.pop("folder_path", UNSET)
        try:
            expect_array("folder_path", folder_path_raw)
            _folder_path = folder_path_raw
            folder_path: list[KnowledgeBaseFolderPathSegmentSummaryResponseModel] | Unset = UNSET
            if _folder_path is not UNSET:
                folder_path = []
                for folder_path_item_data in _folder_path:
                    folder_path_item = KnowledgeBaseFolderPathSegmentSummaryResponseModel.from_dict(
                        folder_path_item_data
                    )

                    folder_path.append(folder_path_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            folder_path = deviating_field(cls, "folder_path", folder_path_raw)

        add_knowledge_base_response_model = cls(
            id=id,
            name=name,
            folder_path=folder_path,
        )
        if _missing:
            add_knowledge_base_response_model._missing_fields = _missing
        add_knowledge_base_response_model.additional_properties = d
        return add_knowledge_base_response_model

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
from ..models.knowledge_base_folder_path_segment_summary_response_model import (
    KnowledgeBaseFolderPathSegmentSummaryResponseModel,
)
