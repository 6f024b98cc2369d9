from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    missing_field,
)

T = TypeVar("T", bound="PodcastProjectResponseModel")


@_attrs_define
class PodcastProjectResponseModel:
    """Attributes:
    project (ProjectResponseModel):  Example: {'access_level': 'viewer', 'author': 'John Doe', 'can_be_downloaded':
        True, 'content_type': 'Novel', 'cover_image_url': 'https://example.com/cover.jpg', 'create_date_unix':
        1714204800, 'created_by_user_id': 'Vbtgl3bRdj6lk79rYAgx', 'creation_meta': {'creation_progress': 0.5, 'status':
        'pending', 'type': 'blank'}, 'default_model_id': 'eleven_multilingual_v2', 'default_paragraph_voice_id':
        'JBFqnCBsd6RMkjVDRZzb', 'default_paragraph_voice_ref_id': 'JBFqnCBsd6RMkjVDRZzb', 'default_title_voice_id':
        'JBFqnCBsd6RMkjVDRZzb', 'default_title_voice_ref_id': 'JBFqnCBsd6RMkjVDRZzb', 'description': 'This is a
        description of my project.', 'fiction': 'fiction', 'genres': ['Novel', 'Short Story'], 'isbn_number':
        '978-90-274-3964-2', 'language': 'en', 'last_conversion_date_unix': 1714204800, 'mature_content': False, 'name':
        'My Project', 'original_publication_date': '2025-01-01', 'project_id': 'aw1NgEzBg83R7vgmiJt6',
        'public_share_id': 'abc123def456789', 'quality_check_on': False, 'quality_check_on_when_bulk_convert': False,
        'state': 'default', 'target_audience': 'young adult', 'title': 'My Project', 'volume_normalization': True}.
    """

    project: ProjectResponseModel

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        project: Any
        try:
            project = self.project.to_dict()
        except (AttributeError, TypeError):
            project = self.project

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if project is not None or "project" not in self._missing_fields:
            field_dict["project"] = project
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        project_raw = d.pop("project", MISSING)
        if project_raw is MISSING:
            project = missing_field(cls, "project")
            _missing += ("project",)
        else:
            try:
                project = ProjectResponseModel.from_dict(project_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                project = deviating_field(cls, "project", project_raw)

        podcast_project_response_model = cls(
            project=project,
        )
        if _missing:
            podcast_project_response_model._missing_fields = _missing
        podcast_project_response_model.additional_properties = d
        return podcast_project_response_model

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
from ..models.project_response_model import ProjectResponseModel
