from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_creation_meta_response_model_status_type_0 import (
    ProjectCreationMetaResponseModelStatusType0,
)
from ..models.project_creation_meta_type import ProjectCreationMetaType
from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        creation_progress = self.creation_progress

        status: Any
        try:
            if isinstance(self.status, str):
                status = self.status
            else:
                status = self.status

        except (AttributeError, TypeError):
            status = self.status

        type_: Any
        try:
            if isinstance(self.type_, str):
                type_ = self.type_
            else:
                type_ = self.type_

        except (AttributeError, TypeError):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if creation_progress is not None or "creation_progress" not in self._missing_fields:
            field_dict["creation_progress"] = creation_progress
        if status is not None or "status" not in self._missing_fields:
            field_dict["status"] = status
        if type_ is not None or "type" not in self._missing_fields:
            field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        creation_progress = d.pop("creation_progress", MISSING)
        if creation_progress.__class__ is not float and creation_progress.__class__ is not int:
            if creation_progress is MISSING:
                creation_progress = missing_field(cls, "creation_progress")
                _missing += ("creation_progress",)
            else:
                creation_progress = unexpected_type(cls, "creation_progress", creation_progress, "a number")

        status = d.pop("status", MISSING)
        if status.__class__ is not str:
            if status is MISSING:
                status = missing_field(cls, "status")
                _missing += ("status",)
            else:
                status = unexpected_type(cls, "status", status, "a string")

        type_ = d.pop("type", MISSING)
        if type_.__class__ is not str:
            if type_ is MISSING:
                type_ = missing_field(cls, "type")
                _missing += ("type",)
            else:
                type_ = unexpected_type(cls, "type", type_, "a string")

        project_creation_meta_response_model = cls(
            creation_progress=creation_progress,
            status=status,
            type_=type_,
        )
        if _missing:
            project_creation_meta_response_model._missing_fields = _missing
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
