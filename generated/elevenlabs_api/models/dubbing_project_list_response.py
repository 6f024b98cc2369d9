from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, deviating_field, missing_field

T = TypeVar("T", bound="DubbingProjectListResponse")


@_attrs_define
class DubbingProjectListResponse:
    """Attributes:
    projects (list[DubbingProjectResponse]): The page of dubbing projects the caller can access.
    next_cursor (None | str | Unset): Cursor for the next page, or null when there are no more results.
    """

    projects: list[DubbingProjectResponse]

    next_cursor: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        projects: Any
        try:
            projects = []
            for projects_item_data in self.projects:
                projects_item = projects_item_data.to_dict()
                projects.append(projects_item)

        except (AttributeError, TypeError):
            projects = self.projects

        next_cursor: Any
        try:
            next_cursor = self.next_cursor

        except (AttributeError, TypeError):
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if projects is not None:
            field_dict["projects"] = projects
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        projects_raw = d.pop("projects", MISSING)
        if projects_raw is MISSING:
            projects_raw = missing_field(cls, "projects")
        try:
            projects = []
            _projects = projects_raw
            for projects_item_data in _projects:
                projects_item = DubbingProjectResponse.from_dict(projects_item_data)

                projects.append(projects_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            projects = deviating_field(cls, "projects", projects_raw)

        next_cursor = d.pop("next_cursor", UNSET)

        dubbing_project_list_response = cls(
            projects=projects,
            next_cursor=next_cursor,
        )
        dubbing_project_list_response.additional_properties = d
        return dubbing_project_list_response

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
from ..models.dubbing_project_response import DubbingProjectResponse
