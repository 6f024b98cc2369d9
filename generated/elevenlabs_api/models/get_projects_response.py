from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
)


@_attrs_define(slots=False)
class GetProjectsResponse(Lazy, AdditionalProperties[Any]):
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
        projects: A list of projects with their metadata.
    """

    projects: list[ProjectResponse]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("projects", "projects", list_of(object_of("ProjectResponse")), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.project_response import ProjectResponse
