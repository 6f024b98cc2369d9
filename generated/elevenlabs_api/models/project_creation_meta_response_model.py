from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_creation_meta_response_model_status_type_0 import (
    ProjectCreationMetaResponseModelStatusType0,
)
from ..models.project_creation_meta_type import ProjectCreationMetaType

T = TypeVar("T", bound="ProjectCreationMetaResponseModel")


@_attrs_define
class ProjectCreationMetaResponseModel:
    """Example:
        {'creation_progress': 0.5, 'status': 'pending', 'type': 'blank'}

    Attributes:
        creation_progress (float): The progress of the project creation.
        status (ProjectCreationMetaResponseModelStatusType0 | str): The status of the project creation action.
        type_ (ProjectCreationMetaType | str): The type of the project creation action.
    """

    creation_progress: float

    status: ProjectCreationMetaResponseModelStatusType0 | str

    type_: ProjectCreationMetaType | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creation_progress = self.creation_progress

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        type_: str
        if isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["creation_progress"] = creation_progress
        field_dict["status"] = status
        field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        creation_progress = d.pop("creation_progress")

        status = d.pop("status")

        type_ = d.pop("type")

        project_creation_meta_response_model = cls(
            creation_progress=creation_progress,
            status=status,
            type_=type_,
        )
        project_creation_meta_response_model.additional_properties = d
        return project_creation_meta_response_model

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
