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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

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
        if projects is not None or "projects" not in self._missing_fields:
            field_dict["projects"] = projects
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        projects_raw = d.pop("projects", MISSING)
        if projects_raw is MISSING:
            projects = missing_field(cls, "projects")
            _missing += ("projects",)
        else:
            try:
                expect_array("projects", projects_raw)
                projects = []
                _projects = projects_raw
                for projects_item_data in _projects:
                    projects_item = DubbingProjectResponse.from_dict(projects_item_data)

                    projects.append(projects_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                projects = deviating_field(cls, "projects", projects_raw)

        next_cursor = d.pop("next_cursor", UNSET)
        if next_cursor.__class__ is not str and next_cursor is not None and next_cursor is not UNSET:
            next_cursor = unexpected_type(cls, "next_cursor", next_cursor, "a string or null")

        dubbing_project_list_response = cls(
            projects=projects,
            next_cursor=next_cursor,
        )
        if _missing:
            dubbing_project_list_response._missing_fields = _missing
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
