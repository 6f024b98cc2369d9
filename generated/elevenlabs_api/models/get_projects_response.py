from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="GetProjectsResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GetProjectsResponse(Lazy):
    """Example:
        {'projects': [{'access_level': 'viewer', 'author': 'John Doe', 'can_be_downloaded': True, 'content_type':
        'Novel', 'cover_image_url': 'https://example.com/cover.jpg', 'create_date_unix': 1714204800,
        'created_by_user_id': 'Vbtgl3bRdj6lk79rYAgx', 'creation_meta': {'creation_progress': 0.5, 'status': 'pending',
        'type': 'blank'}, 'default_model_id': 'eleven_multilingual_v2', 'default_paragraph_voice_id':
        'JBFqnCBsd6RMkjVDRZzb', 'default_paragraph_voice_ref_id': 'JBFqnCBsd6RMkjVDRZzb', 'default_title_voice_id':
        'JBFqnCBsd6RMkjVDRZzb', 'default_title_voice_ref_id': 'JBFqnCBsd6RMkjVDRZzb', 'description': 'This is a
        description of my project.', 'fiction': 'fiction', 'genres': ['Novel', 'Short Story'], 'isbn_number':
        '978-90-274-3964-2', 'language': 'en', 'last_conversion_date_unix': 1714204800, 'mature_content': False, 'name':
        'My Project', 'original_publication_date': '2025-01-01', 'project_id': 'aw1NgEzBg83R7vgmiJt6',
        'public_share_id': 'abc123def456789', 'quality_check_on': False, 'quality_check_on_when_bulk_convert': False,
        'state': 'default', 'target_audience': 'young adult', 'title': 'My Project', 'volume_normalization': True}]}

    Attributes:
        projects (list[ProjectResponse]): A list of projects with their metadata.
    """

    projects: list[ProjectResponse]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("projects",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        projects: Any
        try:
            projects = []
            for projects_item_data in self.projects:
                projects_item = projects_item_data.to_dict()
                projects.append(projects_item)

        except (AttributeError, TypeError):
            projects = self.projects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if projects is not None or "projects" not in self._missing_fields:
            field_dict["projects"] = projects
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        get_projects_response = cls.__new__(cls)
        get_projects_response.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return get_projects_response

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


def _read_projects(cls: type[GetProjectsResponse], d: Mapping[str, Any]) -> Any:
    projects_raw = d.get("projects", MISSING)
    if projects_raw is MISSING:
        projects = missing_field(cls, "projects")
    else:
        try:
            expect_array("projects", projects_raw)
            projects = []
            _projects = projects_raw
            for projects_item_data in _projects:
                projects_item = ProjectResponse.from_dict(projects_item_data)

                projects.append(projects_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            projects = deviating_field(cls, "projects", projects_raw)

    return projects


_FIELDS: frozenset[str] = frozenset(("projects",))


def _read_additional_properties(cls: type[GetProjectsResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[GetProjectsResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "projects" in known:
        projects = known["projects"]
    else:
        projects = _read_projects(cls, d)

    return {
        "projects": projects,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    GetProjectsResponse,
    _all_fields,
    {
        "projects": _read_projects,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.project_response import ProjectResponse
