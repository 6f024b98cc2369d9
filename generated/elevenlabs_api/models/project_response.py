from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    ProjectResponseAccessLevelType0,
    ProjectResponseAspectRatioType0,
    ProjectResponseFictionType0,
    ProjectResponseSourceTypeType0,
    ProjectResponseStateType0,
    ProjectResponseTargetAudienceType0,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ProjectResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ProjectResponse(Lazy):
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
        project_id (str): The ID of the project.
        name (str): The name of the project.
        create_date_unix (int): The creation date of the project.
        created_by_user_id (None | str): The user ID who created the project.
        default_title_voice_ref_id (str): The default title project voice reference ID.
        default_paragraph_voice_ref_id (str): The default paragraph project voice reference ID.
        default_model_id (str): The default model ID.
        can_be_downloaded (bool): Whether the project can be downloaded.
        volume_normalization (bool): Whether the project uses volume normalization.
        state (ProjectResponseStateType0 | str): The state of the project.
        access_level (ProjectResponseAccessLevelType0 | str): The access level of the project.
        quality_check_on (bool): Whether quality check is enabled for this project.
        quality_check_on_when_bulk_convert (bool): Whether quality check is enabled on the project when bulk converting.
        default_title_voice_id (str): The default title voice ID.
        default_paragraph_voice_id (str): The default paragraph voice ID.
        last_conversion_date_unix (int | None | Unset): The last conversion date of the project.
        title (None | str | Unset): The title of the project.
        author (None | str | Unset): The author of the project.
        description (None | str | Unset): The description of the project.
        genres (list[str] | None | Unset): List of genres of the project.
        cover_image_url (None | str | Unset): The cover image URL of the project.
        target_audience (None | ProjectResponseTargetAudienceType0 | str | Unset): The target audience of the project.
        language (None | str | Unset): Two-letter language code (ISO 639-1) of the language of the project.
        content_type (None | str | Unset): The content type of the project, e.g. 'Novel' or 'Short Story'
        original_publication_date (None | str | Unset): The original publication date of the project.
        mature_content (bool | None | Unset): Whether the project contains mature content.
        isbn_number (None | str | Unset): The ISBN number of the project.
        fiction (None | ProjectResponseFictionType0 | str | Unset): Whether the project is fiction.
        creation_meta (None | ProjectCreationMetaResponseModel | Unset): The creation meta of the project.
        source_type (None | ProjectResponseSourceTypeType0 | str | Unset): The source type of the project.
        chapters_enabled (bool | None | Unset): Whether chapters are enabled for the project. Defaults to True on the
            server.
        captions_enabled (bool | None | Unset): Whether captions are enabled for the project. Defaults to True on the
            server.
        caption_style (CaptionStyleModel | None | Unset): Global styling to be applied to all captions
        caption_style_template_overrides (None | ProjectResponseCaptionStyleTemplateOverridesType0 | Unset): Styling
            changes that have been made to the provided templates
        public_share_id (None | str | Unset): The public share ID of the project.
        aspect_ratio (None | ProjectResponseAspectRatioType0 | str | Unset): The aspect ratio of the project.
        agent_settings (None | StudioAgentSettingsModel | Unset): Agent-related settings for the project
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "project_id",
        "name",
        "create_date_unix",
        "created_by_user_id",
        "default_title_voice_ref_id",
        "default_paragraph_voice_ref_id",
        "default_model_id",
        "can_be_downloaded",
        "volume_normalization",
        "state",
        "access_level",
        "quality_check_on",
        "quality_check_on_when_bulk_convert",
        "default_title_voice_id",
        "default_paragraph_voice_id",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        project_id = self.project_id

        name = self.name

        create_date_unix = self.create_date_unix

        created_by_user_id: Any
        try:
            created_by_user_id = self.created_by_user_id

        except (AttributeError, TypeError):
            created_by_user_id = self.created_by_user_id

        default_title_voice_ref_id = self.default_title_voice_ref_id

        default_paragraph_voice_ref_id = self.default_paragraph_voice_ref_id

        default_model_id = self.default_model_id

        can_be_downloaded = self.can_be_downloaded

        volume_normalization = self.volume_normalization

        state: Any
        try:
            if isinstance(self.state, str):
                state = self.state
            else:
                state = self.state

        except (AttributeError, TypeError):
            state = self.state

        access_level: Any
        try:
            if isinstance(self.access_level, str):
                access_level = self.access_level
            else:
                access_level = self.access_level

        except (AttributeError, TypeError):
            access_level = self.access_level

        quality_check_on = self.quality_check_on

        quality_check_on_when_bulk_convert = self.quality_check_on_when_bulk_convert

        default_title_voice_id = self.default_title_voice_id

        default_paragraph_voice_id = self.default_paragraph_voice_id

        last_conversion_date_unix: Any
        try:
            last_conversion_date_unix = self.last_conversion_date_unix

        except (AttributeError, TypeError):
            last_conversion_date_unix = self.last_conversion_date_unix

        title: Any
        try:
            title = self.title

        except (AttributeError, TypeError):
            title = self.title

        author: Any
        try:
            author = self.author

        except (AttributeError, TypeError):
            author = self.author

        description: Any
        try:
            description = self.description

        except (AttributeError, TypeError):
            description = self.description

        genres: Any
        try:
            if isinstance(self.genres, Unset):
                genres = UNSET
            elif isinstance(self.genres, list):
                genres = self.genres

            else:
                genres = self.genres

        except (AttributeError, TypeError):
            genres = self.genres

        cover_image_url: Any
        try:
            cover_image_url = self.cover_image_url

        except (AttributeError, TypeError):
            cover_image_url = self.cover_image_url

        target_audience: Any
        try:
            if isinstance(self.target_audience, Unset):
                target_audience = UNSET
            elif isinstance(self.target_audience, str):
                target_audience = self.target_audience
            else:
                target_audience = self.target_audience

        except (AttributeError, TypeError):
            target_audience = self.target_audience

        language: Any
        try:
            language = self.language

        except (AttributeError, TypeError):
            language = self.language

        content_type: Any
        try:
            content_type = self.content_type

        except (AttributeError, TypeError):
            content_type = self.content_type

        original_publication_date: Any
        try:
            original_publication_date = self.original_publication_date

        except (AttributeError, TypeError):
            original_publication_date = self.original_publication_date

        mature_content: Any
        try:
            mature_content = self.mature_content

        except (AttributeError, TypeError):
            mature_content = self.mature_content

        isbn_number: Any
        try:
            isbn_number = self.isbn_number

        except (AttributeError, TypeError):
            isbn_number = self.isbn_number

        fiction: Any
        try:
            if isinstance(self.fiction, Unset):
                fiction = UNSET
            elif isinstance(self.fiction, str):
                fiction = self.fiction
            else:
                fiction = self.fiction

        except (AttributeError, TypeError):
            fiction = self.fiction

        creation_meta: Any
        try:
            if isinstance(self.creation_meta, Unset):
                creation_meta = UNSET
            elif isinstance(self.creation_meta, ProjectCreationMetaResponseModel):
                creation_meta = self.creation_meta.to_dict()
            else:
                creation_meta = self.creation_meta

        except (AttributeError, TypeError):
            creation_meta = self.creation_meta

        source_type: Any
        try:
            if isinstance(self.source_type, Unset):
                source_type = UNSET
            elif isinstance(self.source_type, str):
                source_type = self.source_type
            else:
                source_type = self.source_type

        except (AttributeError, TypeError):
            source_type = self.source_type

        chapters_enabled: Any
        try:
            chapters_enabled = self.chapters_enabled

        except (AttributeError, TypeError):
            chapters_enabled = self.chapters_enabled

        captions_enabled: Any
        try:
            captions_enabled = self.captions_enabled

        except (AttributeError, TypeError):
            captions_enabled = self.captions_enabled

        caption_style: Any
        try:
            if isinstance(self.caption_style, Unset):
                caption_style = UNSET
            elif isinstance(self.caption_style, CaptionStyleModel):
                caption_style = self.caption_style.to_dict()
            else:
                caption_style = self.caption_style

        except (AttributeError, TypeError):
            caption_style = self.caption_style

        caption_style_template_overrides: Any
        try:
            if isinstance(self.caption_style_template_overrides, Unset):
                caption_style_template_overrides = UNSET
            elif isinstance(self.caption_style_template_overrides, ProjectResponseCaptionStyleTemplateOverridesType0):
                caption_style_template_overrides = self.caption_style_template_overrides.to_dict()
            else:
                caption_style_template_overrides = self.caption_style_template_overrides

        except (AttributeError, TypeError):
            caption_style_template_overrides = self.caption_style_template_overrides

        public_share_id: Any
        try:
            public_share_id = self.public_share_id

        except (AttributeError, TypeError):
            public_share_id = self.public_share_id

        aspect_ratio: Any
        try:
            if isinstance(self.aspect_ratio, Unset):
                aspect_ratio = UNSET
            elif isinstance(self.aspect_ratio, str):
                aspect_ratio = self.aspect_ratio
            else:
                aspect_ratio = self.aspect_ratio

        except (AttributeError, TypeError):
            aspect_ratio = self.aspect_ratio

        agent_settings: Any
        try:
            if isinstance(self.agent_settings, Unset):
                agent_settings = UNSET
            elif isinstance(self.agent_settings, StudioAgentSettingsModel):
                agent_settings = self.agent_settings.to_dict()
            else:
                agent_settings = self.agent_settings

        except (AttributeError, TypeError):
            agent_settings = self.agent_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if project_id is not None or "project_id" not in self._missing_fields:
            field_dict["project_id"] = project_id
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if create_date_unix is not None or "create_date_unix" not in self._missing_fields:
            field_dict["create_date_unix"] = create_date_unix
        if created_by_user_id is not None or "created_by_user_id" not in self._missing_fields:
            field_dict["created_by_user_id"] = created_by_user_id
        if default_title_voice_ref_id is not None or "default_title_voice_ref_id" not in self._missing_fields:
            field_dict["default_title_voice_ref_id"] = default_title_voice_ref_id
        if default_paragraph_voice_ref_id is not None or "default_paragraph_voice_ref_id" not in self._missing_fields:
            field_dict["default_paragraph_voice_ref_id"] = default_paragraph_voice_ref_id
        if default_model_id is not None or "default_model_id" not in self._missing_fields:
            field_dict["default_model_id"] = default_model_id
        if can_be_downloaded is not None or "can_be_downloaded" not in self._missing_fields:
            field_dict["can_be_downloaded"] = can_be_downloaded
        if volume_normalization is not None or "volume_normalization" not in self._missing_fields:
            field_dict["volume_normalization"] = volume_normalization
        if state is not None or "state" not in self._missing_fields:
            field_dict["state"] = state
        if access_level is not None or "access_level" not in self._missing_fields:
            field_dict["access_level"] = access_level
        if quality_check_on is not None or "quality_check_on" not in self._missing_fields:
            field_dict["quality_check_on"] = quality_check_on
        if (
            quality_check_on_when_bulk_convert is not None
            or "quality_check_on_when_bulk_convert" not in self._missing_fields
        ):
            field_dict["quality_check_on_when_bulk_convert"] = quality_check_on_when_bulk_convert
        if default_title_voice_id is not None or "default_title_voice_id" not in self._missing_fields:
            field_dict["default_title_voice_id"] = default_title_voice_id
        if default_paragraph_voice_id is not None or "default_paragraph_voice_id" not in self._missing_fields:
            field_dict["default_paragraph_voice_id"] = default_paragraph_voice_id
        if last_conversion_date_unix is not UNSET:
            field_dict["last_conversion_date_unix"] = last_conversion_date_unix
        if title is not UNSET:
            field_dict["title"] = title
        if author is not UNSET:
            field_dict["author"] = author
        if description is not UNSET:
            field_dict["description"] = description
        if genres is not UNSET:
            field_dict["genres"] = genres
        if cover_image_url is not UNSET:
            field_dict["cover_image_url"] = cover_image_url
        if target_audience is not UNSET:
            field_dict["target_audience"] = target_audience
        if language is not UNSET:
            field_dict["language"] = language
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if original_publication_date is not UNSET:
            field_dict["original_publication_date"] = original_publication_date
        if mature_content is not UNSET:
            field_dict["mature_content"] = mature_content
        if isbn_number is not UNSET:
            field_dict["isbn_number"] = isbn_number
        if fiction is not UNSET:
            field_dict["fiction"] = fiction
        if creation_meta is not UNSET:
            field_dict["creation_meta"] = creation_meta
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if chapters_enabled is not UNSET:
            field_dict["chapters_enabled"] = chapters_enabled
        if captions_enabled is not UNSET:
            field_dict["captions_enabled"] = captions_enabled
        if caption_style is not UNSET:
            field_dict["caption_style"] = caption_style
        if caption_style_template_overrides is not UNSET:
            field_dict["caption_style_template_overrides"] = caption_style_template_overrides
        if public_share_id is not UNSET:
            field_dict["public_share_id"] = public_share_id
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if agent_settings is not UNSET:
            field_dict["agent_settings"] = agent_settings
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        project_response = cls.__new__(cls)
        project_response.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return project_response

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


_read_project_id = plain_reader("project_id", (str,), "a string", True)

_read_name = plain_reader("name", (str,), "a string", True)

_read_create_date_unix = plain_reader("create_date_unix", (int,), "an integer", True)

_read_created_by_user_id = plain_reader(
    "created_by_user_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    True,
)

_read_default_title_voice_ref_id = plain_reader("default_title_voice_ref_id", (str,), "a string", True)

_read_default_paragraph_voice_ref_id = plain_reader("default_paragraph_voice_ref_id", (str,), "a string", True)

_read_default_model_id = plain_reader("default_model_id", (str,), "a string", True)

_read_can_be_downloaded = plain_reader("can_be_downloaded", (bool,), "a boolean", True)

_read_volume_normalization = plain_reader("volume_normalization", (bool,), "a boolean", True)

_read_state = plain_reader("state", (str,), "a string", True)

_read_access_level = plain_reader("access_level", (str,), "a string", True)

_read_quality_check_on = plain_reader("quality_check_on", (bool,), "a boolean", True)

_read_quality_check_on_when_bulk_convert = plain_reader(
    "quality_check_on_when_bulk_convert", (bool,), "a boolean", True
)

_read_default_title_voice_id = plain_reader("default_title_voice_id", (str,), "a string", True)

_read_default_paragraph_voice_id = plain_reader("default_paragraph_voice_id", (str,), "a string", True)

_read_last_conversion_date_unix = plain_reader(
    "last_conversion_date_unix",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_title = plain_reader(
    "title",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_author = plain_reader(
    "author",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_description = plain_reader(
    "description",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_genres = plain_reader(
    "genres",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)

_read_cover_image_url = plain_reader(
    "cover_image_url",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_target_audience = plain_reader(
    "target_audience",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)

_read_language = plain_reader(
    "language",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_content_type = plain_reader(
    "content_type",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_original_publication_date = plain_reader(
    "original_publication_date",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_mature_content = plain_reader(
    "mature_content",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)

_read_isbn_number = plain_reader(
    "isbn_number",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_fiction = plain_reader(
    "fiction",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)


def _read_creation_meta(cls: type[ProjectResponse], d: Mapping[str, Any]) -> Any:
    creation_meta_raw = d.get("creation_meta", UNSET)
    try:

        def _parse_creation_meta(data: object) -> None | ProjectCreationMetaResponseModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            creation_meta_type_0 = ProjectCreationMetaResponseModel.from_dict(data)

            return creation_meta_type_0

        creation_meta = _parse_creation_meta(creation_meta_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        creation_meta = deviating_field(cls, "creation_meta", creation_meta_raw)

    return creation_meta


_read_source_type = plain_reader(
    "source_type",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)

_read_chapters_enabled = plain_reader(
    "chapters_enabled",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)

_read_captions_enabled = plain_reader(
    "captions_enabled",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)


def _read_caption_style(cls: type[ProjectResponse], d: Mapping[str, Any]) -> Any:
    caption_style_raw = d.get("caption_style", UNSET)
    try:

        def _parse_caption_style(data: object) -> CaptionStyleModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            caption_style_type_0 = CaptionStyleModel.from_dict(data)

            return caption_style_type_0

        caption_style = _parse_caption_style(caption_style_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        caption_style = deviating_field(cls, "caption_style", caption_style_raw)

    return caption_style


def _read_caption_style_template_overrides(cls: type[ProjectResponse], d: Mapping[str, Any]) -> Any:
    caption_style_template_overrides_raw = d.get("caption_style_template_overrides", UNSET)
    try:

        def _parse_caption_style_template_overrides(
            data: object,
        ) -> None | ProjectResponseCaptionStyleTemplateOverridesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            caption_style_template_overrides_type_0 = ProjectResponseCaptionStyleTemplateOverridesType0.from_dict(data)

            return caption_style_template_overrides_type_0

        caption_style_template_overrides = _parse_caption_style_template_overrides(caption_style_template_overrides_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        caption_style_template_overrides = deviating_field(
            cls, "caption_style_template_overrides", caption_style_template_overrides_raw
        )

    return caption_style_template_overrides


_read_public_share_id = plain_reader(
    "public_share_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_aspect_ratio = plain_reader(
    "aspect_ratio",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)


def _read_agent_settings(cls: type[ProjectResponse], d: Mapping[str, Any]) -> Any:
    agent_settings_raw = d.get("agent_settings", UNSET)
    try:

        def _parse_agent_settings(data: object) -> None | StudioAgentSettingsModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            agent_settings_type_0 = StudioAgentSettingsModel.from_dict(data)

            return agent_settings_type_0

        agent_settings = _parse_agent_settings(agent_settings_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        agent_settings = deviating_field(cls, "agent_settings", agent_settings_raw)

    return agent_settings


_FIELDS: frozenset[str] = frozenset(
    (
        "project_id",
        "name",
        "create_date_unix",
        "created_by_user_id",
        "default_title_voice_ref_id",
        "default_paragraph_voice_ref_id",
        "default_model_id",
        "can_be_downloaded",
        "volume_normalization",
        "state",
        "access_level",
        "quality_check_on",
        "quality_check_on_when_bulk_convert",
        "default_title_voice_id",
        "default_paragraph_voice_id",
        "last_conversion_date_unix",
        "title",
        "author",
        "description",
        "genres",
        "cover_image_url",
        "target_audience",
        "language",
        "content_type",
        "original_publication_date",
        "mature_content",
        "isbn_number",
        "fiction",
        "creation_meta",
        "source_type",
        "chapters_enabled",
        "captions_enabled",
        "caption_style",
        "caption_style_template_overrides",
        "public_share_id",
        "aspect_ratio",
        "agent_settings",
    )
)


def _read_additional_properties(cls: type[ProjectResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ProjectResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    project_id = d.get("project_id", MISSING)
    if project_id.__class__ is not str:
        project_id = _read_project_id(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    create_date_unix = d.get("create_date_unix", MISSING)
    if create_date_unix.__class__ is not int:
        create_date_unix = _read_create_date_unix(cls, d)

    created_by_user_id = d.get("created_by_user_id", MISSING)
    if created_by_user_id.__class__ is not str and created_by_user_id is not None:
        created_by_user_id = _read_created_by_user_id(cls, d)

    default_title_voice_ref_id = d.get("default_title_voice_ref_id", MISSING)
    if default_title_voice_ref_id.__class__ is not str:
        default_title_voice_ref_id = _read_default_title_voice_ref_id(cls, d)

    default_paragraph_voice_ref_id = d.get("default_paragraph_voice_ref_id", MISSING)
    if default_paragraph_voice_ref_id.__class__ is not str:
        default_paragraph_voice_ref_id = _read_default_paragraph_voice_ref_id(cls, d)

    default_model_id = d.get("default_model_id", MISSING)
    if default_model_id.__class__ is not str:
        default_model_id = _read_default_model_id(cls, d)

    can_be_downloaded = d.get("can_be_downloaded", MISSING)
    if can_be_downloaded.__class__ is not bool:
        can_be_downloaded = _read_can_be_downloaded(cls, d)

    volume_normalization = d.get("volume_normalization", MISSING)
    if volume_normalization.__class__ is not bool:
        volume_normalization = _read_volume_normalization(cls, d)

    state = d.get("state", MISSING)
    if state.__class__ is not str:
        state = _read_state(cls, d)

    access_level = d.get("access_level", MISSING)
    if access_level.__class__ is not str:
        access_level = _read_access_level(cls, d)

    quality_check_on = d.get("quality_check_on", MISSING)
    if quality_check_on.__class__ is not bool:
        quality_check_on = _read_quality_check_on(cls, d)

    quality_check_on_when_bulk_convert = d.get("quality_check_on_when_bulk_convert", MISSING)
    if quality_check_on_when_bulk_convert.__class__ is not bool:
        quality_check_on_when_bulk_convert = _read_quality_check_on_when_bulk_convert(cls, d)

    default_title_voice_id = d.get("default_title_voice_id", MISSING)
    if default_title_voice_id.__class__ is not str:
        default_title_voice_id = _read_default_title_voice_id(cls, d)

    default_paragraph_voice_id = d.get("default_paragraph_voice_id", MISSING)
    if default_paragraph_voice_id.__class__ is not str:
        default_paragraph_voice_id = _read_default_paragraph_voice_id(cls, d)

    last_conversion_date_unix = d.get("last_conversion_date_unix", UNSET)
    if (
        last_conversion_date_unix.__class__ is not int
        and last_conversion_date_unix is not None
        and last_conversion_date_unix is not UNSET
    ):
        last_conversion_date_unix = _read_last_conversion_date_unix(cls, d)

    title = d.get("title", UNSET)
    if title.__class__ is not str and title is not None and title is not UNSET:
        title = _read_title(cls, d)

    author = d.get("author", UNSET)
    if author.__class__ is not str and author is not None and author is not UNSET:
        author = _read_author(cls, d)

    description = d.get("description", UNSET)
    if description.__class__ is not str and description is not None and description is not UNSET:
        description = _read_description(cls, d)

    genres = d.get("genres", UNSET)
    if genres.__class__ is not list and genres is not None and genres is not UNSET:
        genres = _read_genres(cls, d)
    elif genres.__class__ is list and genres:
        check_items(cls, "genres", genres, (str,), "a string")

    cover_image_url = d.get("cover_image_url", UNSET)
    if cover_image_url.__class__ is not str and cover_image_url is not None and cover_image_url is not UNSET:
        cover_image_url = _read_cover_image_url(cls, d)

    target_audience = d.get("target_audience", UNSET)
    if target_audience is not None and target_audience.__class__ is not str and target_audience is not UNSET:
        target_audience = _read_target_audience(cls, d)

    language = d.get("language", UNSET)
    if language.__class__ is not str and language is not None and language is not UNSET:
        language = _read_language(cls, d)

    content_type = d.get("content_type", UNSET)
    if content_type.__class__ is not str and content_type is not None and content_type is not UNSET:
        content_type = _read_content_type(cls, d)

    original_publication_date = d.get("original_publication_date", UNSET)
    if (
        original_publication_date.__class__ is not str
        and original_publication_date is not None
        and original_publication_date is not UNSET
    ):
        original_publication_date = _read_original_publication_date(cls, d)

    mature_content = d.get("mature_content", UNSET)
    if mature_content.__class__ is not bool and mature_content is not None and mature_content is not UNSET:
        mature_content = _read_mature_content(cls, d)

    isbn_number = d.get("isbn_number", UNSET)
    if isbn_number.__class__ is not str and isbn_number is not None and isbn_number is not UNSET:
        isbn_number = _read_isbn_number(cls, d)

    fiction = d.get("fiction", UNSET)
    if fiction is not None and fiction.__class__ is not str and fiction is not UNSET:
        fiction = _read_fiction(cls, d)

    if "creation_meta" in known:
        creation_meta = known["creation_meta"]
    else:
        creation_meta = d.get("creation_meta", UNSET)
        if creation_meta is not UNSET and creation_meta is not None:
            creation_meta = _read_creation_meta(cls, d)

    source_type = d.get("source_type", UNSET)
    if source_type is not None and source_type.__class__ is not str and source_type is not UNSET:
        source_type = _read_source_type(cls, d)

    chapters_enabled = d.get("chapters_enabled", UNSET)
    if chapters_enabled.__class__ is not bool and chapters_enabled is not None and chapters_enabled is not UNSET:
        chapters_enabled = _read_chapters_enabled(cls, d)

    captions_enabled = d.get("captions_enabled", UNSET)
    if captions_enabled.__class__ is not bool and captions_enabled is not None and captions_enabled is not UNSET:
        captions_enabled = _read_captions_enabled(cls, d)

    if "caption_style" in known:
        caption_style = known["caption_style"]
    else:
        caption_style = d.get("caption_style", UNSET)
        if caption_style is not UNSET and caption_style is not None:
            caption_style = _read_caption_style(cls, d)

    if "caption_style_template_overrides" in known:
        caption_style_template_overrides = known["caption_style_template_overrides"]
    else:
        caption_style_template_overrides = d.get("caption_style_template_overrides", UNSET)
        if caption_style_template_overrides is not UNSET and caption_style_template_overrides is not None:
            caption_style_template_overrides = _read_caption_style_template_overrides(cls, d)

    public_share_id = d.get("public_share_id", UNSET)
    if public_share_id.__class__ is not str and public_share_id is not None and public_share_id is not UNSET:
        public_share_id = _read_public_share_id(cls, d)

    aspect_ratio = d.get("aspect_ratio", UNSET)
    if aspect_ratio is not None and aspect_ratio.__class__ is not str and aspect_ratio is not UNSET:
        aspect_ratio = _read_aspect_ratio(cls, d)

    if "agent_settings" in known:
        agent_settings = known["agent_settings"]
    else:
        agent_settings = d.get("agent_settings", UNSET)
        if agent_settings is not UNSET and agent_settings is not None:
            agent_settings = _read_agent_settings(cls, d)

    return {
        "project_id": project_id,
        "name": name,
        "create_date_unix": create_date_unix,
        "created_by_user_id": created_by_user_id,
        "default_title_voice_ref_id": default_title_voice_ref_id,
        "default_paragraph_voice_ref_id": default_paragraph_voice_ref_id,
        "default_model_id": default_model_id,
        "can_be_downloaded": can_be_downloaded,
        "volume_normalization": volume_normalization,
        "state": state,
        "access_level": access_level,
        "quality_check_on": quality_check_on,
        "quality_check_on_when_bulk_convert": quality_check_on_when_bulk_convert,
        "default_title_voice_id": default_title_voice_id,
        "default_paragraph_voice_id": default_paragraph_voice_id,
        "last_conversion_date_unix": last_conversion_date_unix,
        "title": title,
        "author": author,
        "description": description,
        "genres": genres,
        "cover_image_url": cover_image_url,
        "target_audience": target_audience,
        "language": language,
        "content_type": content_type,
        "original_publication_date": original_publication_date,
        "mature_content": mature_content,
        "isbn_number": isbn_number,
        "fiction": fiction,
        "creation_meta": creation_meta,
        "source_type": source_type,
        "chapters_enabled": chapters_enabled,
        "captions_enabled": captions_enabled,
        "caption_style": caption_style,
        "caption_style_template_overrides": caption_style_template_overrides,
        "public_share_id": public_share_id,
        "aspect_ratio": aspect_ratio,
        "agent_settings": agent_settings,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ProjectResponse,
    _all_fields,
    {
        "project_id": _read_project_id,
        "name": _read_name,
        "create_date_unix": _read_create_date_unix,
        "created_by_user_id": _read_created_by_user_id,
        "default_title_voice_ref_id": _read_default_title_voice_ref_id,
        "default_paragraph_voice_ref_id": _read_default_paragraph_voice_ref_id,
        "default_model_id": _read_default_model_id,
        "can_be_downloaded": _read_can_be_downloaded,
        "volume_normalization": _read_volume_normalization,
        "state": _read_state,
        "access_level": _read_access_level,
        "quality_check_on": _read_quality_check_on,
        "quality_check_on_when_bulk_convert": _read_quality_check_on_when_bulk_convert,
        "default_title_voice_id": _read_default_title_voice_id,
        "default_paragraph_voice_id": _read_default_paragraph_voice_id,
        "last_conversion_date_unix": _read_last_conversion_date_unix,
        "title": _read_title,
        "author": _read_author,
        "description": _read_description,
        "genres": _read_genres,
        "cover_image_url": _read_cover_image_url,
        "target_audience": _read_target_audience,
        "language": _read_language,
        "content_type": _read_content_type,
        "original_publication_date": _read_original_publication_date,
        "mature_content": _read_mature_content,
        "isbn_number": _read_isbn_number,
        "fiction": _read_fiction,
        "creation_meta": _read_creation_meta,
        "source_type": _read_source_type,
        "chapters_enabled": _read_chapters_enabled,
        "captions_enabled": _read_captions_enabled,
        "caption_style": _read_caption_style,
        "caption_style_template_overrides": _read_caption_style_template_overrides,
        "public_share_id": _read_public_share_id,
        "aspect_ratio": _read_aspect_ratio,
        "agent_settings": _read_agent_settings,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.caption_style_model import CaptionStyleModel
from ..models.project_creation_meta_response_model import ProjectCreationMetaResponseModel
from ..models.project_response_caption_style_template_overrides_type_0 import (
    ProjectResponseCaptionStyleTemplateOverridesType0,
)
from ..models.studio_agent_settings_model import StudioAgentSettingsModel
