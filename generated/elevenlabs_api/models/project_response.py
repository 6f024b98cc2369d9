from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import (
    ProjectResponseAccessLevelType0,
    ProjectResponseAspectRatioType0,
    ProjectResponseFictionType0,
    ProjectResponseSourceTypeType0,
    ProjectResponseStateType0,
    ProjectResponseTargetAudienceType0,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ProjectResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'access_level': 'viewer', 'author': 'John Doe', 'can_be_downloaded': True, 'content_type': 'Novel',
        'cover_image_url': 'https://example.com/cover.jpg', 'create_date_unix': 1714204800, 'created_by_user_id':
        'Vbtgl3bRdj6lk79rYAgx', 'creation_meta': {'creation_progress': 0.5, 'status': 'pending', 'type': 'blank'},
        'default_model_id': 'eleven_multilingual_v2', 'default_paragraph_voice_id': 'JBFqnCBsd6RMkjVDRZzb',
        'default_paragraph_voice_ref_id': 'JBFqnCBsd6RMkjVDRZzb', 'default_title_voice_id': 'JBFqnCBsd6RMkjVDRZzb',
        'default_title_voice_ref_id': 'JBFqnCBsd6RMkjVDRZzb', 'description': 'This is a description of my project.',
        'fiction': 'fiction', 'genres': ['Novel', 'Short Story'], 'isbn_number': '978-90-274-3964-2', 'language': 'en',
        'last_conversion_date_unix': 1714204800, 'mature_content': False, 'name': 'My Project',
        'original_publication_date': '2025-01-01', 'project_id': 'aw1NgEzBg83R7vgmiJt6', 'public_share_id':
        'abc123def456789', 'quality_check_on': False, 'quality_check_on_when_bulk_convert': False, 'state': 'default',
        'target_audience': 'young adult', 'title': 'My Project', 'volume_normalization': True}

    Attributes:
        project_id: The ID of the project.
        name: The name of the project.
        create_date_unix: The creation date of the project.
        created_by_user_id: The user ID who created the project.
        default_title_voice_ref_id: The default title project voice reference ID.
        default_paragraph_voice_ref_id: The default paragraph project voice reference ID.
        default_model_id: The default model ID.
        can_be_downloaded: Whether the project can be downloaded.
        volume_normalization: Whether the project uses volume normalization.
        state: The state of the project.
        access_level: The access level of the project.
        quality_check_on: Whether quality check is enabled for this project.
        quality_check_on_when_bulk_convert: Whether quality check is enabled on the project when bulk converting.
        default_title_voice_id: The default title voice ID.
        default_paragraph_voice_id: The default paragraph voice ID.
        last_conversion_date_unix: The last conversion date of the project.
        title: The title of the project.
        author: The author of the project.
        description: The description of the project.
        genres: List of genres of the project.
        cover_image_url: The cover image URL of the project.
        target_audience: The target audience of the project.
        language: Two-letter language code (ISO 639-1) of the language of the project.
        content_type: The content type of the project, e.g. 'Novel' or 'Short Story'
        original_publication_date: The original publication date of the project.
        mature_content: Whether the project contains mature content.
        isbn_number: The ISBN number of the project.
        fiction: Whether the project is fiction.
        creation_meta: The creation meta of the project.
        source_type: The source type of the project.
        chapters_enabled: Whether chapters are enabled for the project. Defaults to True on the server.
        captions_enabled: Whether captions are enabled for the project. Defaults to True on the server.
        caption_style: Global styling to be applied to all captions
        caption_style_template_overrides: Styling changes that have been made to the provided templates
        public_share_id: The public share ID of the project.
        aspect_ratio: The aspect ratio of the project.
        agent_settings: Agent-related settings for the project
    """

    project_id: str

    name: str

    create_date_unix: int

    created_by_user_id: None | str = _attrs_field(default=None, kw_only=True)

    default_title_voice_ref_id: str

    default_paragraph_voice_ref_id: str

    default_model_id: str

    can_be_downloaded: bool

    volume_normalization: bool

    state: ProjectResponseStateType0 | str

    access_level: ProjectResponseAccessLevelType0 | str

    quality_check_on: bool

    quality_check_on_when_bulk_convert: bool

    default_title_voice_id: str

    default_paragraph_voice_id: str

    last_conversion_date_unix: int | None | Unset = UNSET

    title: None | str | Unset = UNSET

    author: None | str | Unset = UNSET

    description: None | str | Unset = UNSET

    genres: list[str] | None | Unset = UNSET

    cover_image_url: None | str | Unset = UNSET

    target_audience: None | ProjectResponseTargetAudienceType0 | str | Unset = UNSET

    language: None | str | Unset = UNSET

    content_type: None | str | Unset = UNSET

    original_publication_date: None | str | Unset = UNSET

    mature_content: bool | None | Unset = UNSET

    isbn_number: None | str | Unset = UNSET

    fiction: None | ProjectResponseFictionType0 | str | Unset = UNSET

    creation_meta: None | ProjectCreationMetaResponseModel | Unset = UNSET

    source_type: None | ProjectResponseSourceTypeType0 | str | Unset = UNSET

    chapters_enabled: bool | None | Unset = UNSET

    captions_enabled: bool | None | Unset = UNSET

    caption_style: CaptionStyleModel | None | Unset = UNSET

    caption_style_template_overrides: None | ProjectResponseCaptionStyleTemplateOverridesType0 | Unset = UNSET

    public_share_id: None | str | Unset = UNSET

    aspect_ratio: None | ProjectResponseAspectRatioType0 | str | Unset = UNSET

    agent_settings: None | StudioAgentSettingsModel | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("project_id", "project_id", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("create_date_unix", "create_date_unix", INT, required=True),
        Field("created_by_user_id", "created_by_user_id", union(STR, NULL), required=True),
        Field("default_title_voice_ref_id", "default_title_voice_ref_id", STR, required=True),
        Field("default_paragraph_voice_ref_id", "default_paragraph_voice_ref_id", STR, required=True),
        Field("default_model_id", "default_model_id", STR, required=True),
        Field("can_be_downloaded", "can_be_downloaded", BOOL, required=True),
        Field("volume_normalization", "volume_normalization", BOOL, required=True),
        Field("state", "state", union(literal("ProjectResponseStateType0"), STR), required=True),
        Field("access_level", "access_level", union(literal("ProjectResponseAccessLevelType0"), STR), required=True),
        Field("quality_check_on", "quality_check_on", BOOL, required=True),
        Field("quality_check_on_when_bulk_convert", "quality_check_on_when_bulk_convert", BOOL, required=True),
        Field("default_title_voice_id", "default_title_voice_id", STR, required=True),
        Field("default_paragraph_voice_id", "default_paragraph_voice_id", STR, required=True),
        Field("last_conversion_date_unix", "last_conversion_date_unix", union(INT, NULL)),
        Field("title", "title", union(STR, NULL)),
        Field("author", "author", union(STR, NULL)),
        Field("description", "description", union(STR, NULL)),
        Field("genres", "genres", union(list_of(STR), NULL)),
        Field("cover_image_url", "cover_image_url", union(STR, NULL)),
        Field("target_audience", "target_audience", union(literal("ProjectResponseTargetAudienceType0"), NULL, STR)),
        Field("language", "language", union(STR, NULL)),
        Field("content_type", "content_type", union(STR, NULL)),
        Field("original_publication_date", "original_publication_date", union(STR, NULL)),
        Field("mature_content", "mature_content", union(BOOL, NULL)),
        Field("isbn_number", "isbn_number", union(STR, NULL)),
        Field("fiction", "fiction", union(literal("ProjectResponseFictionType0"), NULL, STR)),
        Field("creation_meta", "creation_meta", union(object_of("ProjectCreationMetaResponseModel"), NULL)),
        Field("source_type", "source_type", union(literal("ProjectResponseSourceTypeType0"), NULL, STR)),
        Field("chapters_enabled", "chapters_enabled", union(BOOL, NULL)),
        Field("captions_enabled", "captions_enabled", union(BOOL, NULL)),
        Field("caption_style", "caption_style", union(object_of("CaptionStyleModel"), NULL)),
        Field(
            "caption_style_template_overrides",
            "caption_style_template_overrides",
            union(object_of("ProjectResponseCaptionStyleTemplateOverridesType0"), NULL),
        ),
        Field("public_share_id", "public_share_id", union(STR, NULL)),
        Field("aspect_ratio", "aspect_ratio", union(literal("ProjectResponseAspectRatioType0"), NULL, STR)),
        Field("agent_settings", "agent_settings", union(object_of("StudioAgentSettingsModel"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ProjectResponseCaptionStyleTemplateOverridesType0(Lazy, AdditionalProperties["CaptionStyleModel"]):
    additional_properties: dict[str, CaptionStyleModel] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("CaptionStyleModel"))),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.caption_style_model import CaptionStyleModel
from ..models.project_creation_meta_response_model import ProjectCreationMetaResponseModel
from ..models.studio_agent_settings_model import StudioAgentSettingsModel
