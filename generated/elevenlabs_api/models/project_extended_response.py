from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    ProjectExtendedResponseAccessLevelType0,
    ProjectExtendedResponseApplyTextNormalizationType0,
    ProjectExtendedResponseAspectRatioType0,
    ProjectExtendedResponseFictionType0,
    ProjectExtendedResponseSourceTypeType0,
    ProjectExtendedResponseStateType0,
    ProjectExtendedResponseTargetAudienceType0,
    QualityPresetType,
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
    expect_array,
    missing_field,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ProjectExtendedResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ProjectExtendedResponse(Lazy):
    """Example:
        {'access_level': 'viewer', 'apply_text_normalization': 'auto', 'assets': [], 'author': 'John Doe',
        'base_voices': [], 'can_be_downloaded': True, 'chapters': [{'can_be_downloaded': True, 'chapter_id':
        'aw1NgEzBg83R7vgmiJt6', 'conversion_progress': 0.5, 'last_conversion_date_unix': 1714204800,
        'last_conversion_error': 'Error message', 'name': 'Chapter 1', 'state': 'converting', 'statistics':
        {'characters_converted': 500, 'characters_unconverted': 1000, 'credits_needed_to_convert': 1000,
        'paragraphs_converted': 20, 'paragraphs_unconverted': 10, 'voice_statistics': [{'characters_converted': 300,
        'characters_unconverted': 600, 'project_voice_ref_id': 'voice123', 'voice_id': 'voice123'},
        {'characters_converted': 200, 'characters_unconverted': 400, 'project_voice_ref_id': 'voice456', 'voice_id':
        'voice456'}]}}], 'content_type': 'Novel', 'cover_image_url': 'https://example.com/cover.jpg',
        'create_date_unix': 1714204800, 'created_by_user_id': 'Vbtgl3bRdj6lk79rYAgx', 'creation_meta':
        {'creation_progress': 0.5, 'status': 'pending', 'type': 'blank'}, 'default_model_id': 'eleven_multilingual_v2',
        'default_paragraph_voice_id': 'JBFqnCBsd6RMkjVDRZzb', 'default_paragraph_voice_ref_id': 'JBFqnCBsd6RMkjVDRZzb',
        'default_title_voice_id': 'JBFqnCBsd6RMkjVDRZzb', 'default_title_voice_ref_id': 'JBFqnCBsd6RMkjVDRZzb',
        'description': 'This is a description of my project.', 'experimental': {}, 'fiction': 'fiction', 'genres':
        ['Novel', 'Short Story'], 'isbn_number': '978-90-274-3964-2', 'language': 'en', 'last_conversion_date_unix':
        1714204800, 'mature_content': False, 'name': 'My Project', 'original_publication_date': '2025-01-01',
        'project_id': 'aw1NgEzBg83R7vgmiJt6', 'pronunciation_dictionary_locators': [],
        'pronunciation_dictionary_versions': [], 'public_share_id': 'abc123def456789', 'quality_check_on': False,
        'quality_check_on_when_bulk_convert': False, 'quality_preset': 'standard', 'state': 'default',
        'target_audience': 'young adult', 'title': 'My Project', 'voices': [], 'volume_normalization': True}

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
        state (ProjectExtendedResponseStateType0 | str): The state of the project.
        access_level (ProjectExtendedResponseAccessLevelType0 | str): The access level of the project.
        quality_check_on (bool): Whether quality check is enabled for this project.
        quality_check_on_when_bulk_convert (bool): Whether quality check is enabled on the project when bulk converting.
        quality_preset (QualityPresetType | str): The quality preset level of the project.
        chapters (list[ChapterResponse]): List of chapters of the project and their metadata.
        pronunciation_dictionary_versions (list[PronunciationDictionaryVersionResponseModel]): List of pronunciation
            dictionary versions of the project and their metadata.
        pronunciation_dictionary_locators (list[PronunciationDictionaryLocatorResponseModel]): List of pronunciation
            dictionary locators.
        apply_text_normalization (ProjectExtendedResponseApplyTextNormalizationType0 | str): Whether text normalization
            is applied to the project.
        assets (list[ProjectExternalAudioResponseModel | ProjectImageResponseModel | ProjectVideoResponseModel |
            UnknownVariant]): List of uploaded assets e.g. videos, audios.
        voices (list[ProjectVoiceResponseModel]): List of configured project voices.
        default_title_voice_id (str): The default title voice ID.
        default_paragraph_voice_id (str): The default paragraph voice ID.
        last_conversion_date_unix (int | None | Unset): The last conversion date of the project.
        title (None | str | Unset): The title of the project.
        author (None | str | Unset): The author of the project.
        description (None | str | Unset): The description of the project.
        genres (list[str] | None | Unset): List of genres of the project.
        cover_image_url (None | str | Unset): The cover image URL of the project.
        target_audience (None | ProjectExtendedResponseTargetAudienceType0 | str | Unset): The target audience of the
            project.
        language (None | str | Unset): Two-letter language code (ISO 639-1) of the language of the project.
        content_type (None | str | Unset): The content type of the project, e.g. 'Novel' or 'Short Story'
        original_publication_date (None | str | Unset): The original publication date of the project.
        mature_content (bool | None | Unset): Whether the project contains mature content.
        isbn_number (None | str | Unset): The ISBN number of the project.
        fiction (None | ProjectExtendedResponseFictionType0 | str | Unset): Whether the project is fiction.
        creation_meta (None | ProjectCreationMetaResponseModel | Unset): The creation meta of the project.
        source_type (None | ProjectExtendedResponseSourceTypeType0 | str | Unset): The source type of the project.
        chapters_enabled (bool | None | Unset): Whether chapters are enabled for the project. Defaults to True on the
            server.
        captions_enabled (bool | None | Unset): Whether captions are enabled for the project. Defaults to True on the
            server.
        caption_style (CaptionStyleModel | None | Unset): Global styling to be applied to all captions
        caption_style_template_overrides (None | ProjectExtendedResponseCaptionStyleTemplateOverridesType0 | Unset):
            Styling changes that have been made to the provided templates
        public_share_id (None | str | Unset): The public share ID of the project.
        aspect_ratio (None | ProjectExtendedResponseAspectRatioType0 | str | Unset): The aspect ratio of the project.
        agent_settings (None | StudioAgentSettingsModel | Unset): Agent-related settings for the project
        experimental (ProjectExtendedResponseExperimental | Unset): Experimental features for the project.
        base_voices (list[Voice] | None | Unset): List of voices used by the project.
        publishing_read (DirectPublishingReadResponseModel | None | Unset): The ElevenReader data if the book was
            published.
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

    state: ProjectExtendedResponseStateType0 | str

    access_level: ProjectExtendedResponseAccessLevelType0 | str

    quality_check_on: bool

    quality_check_on_when_bulk_convert: bool

    quality_preset: QualityPresetType | str

    chapters: list[ChapterResponse]

    pronunciation_dictionary_versions: list[PronunciationDictionaryVersionResponseModel]

    pronunciation_dictionary_locators: list[PronunciationDictionaryLocatorResponseModel]

    apply_text_normalization: ProjectExtendedResponseApplyTextNormalizationType0 | str

    assets: list[
        ProjectExternalAudioResponseModel | ProjectImageResponseModel | ProjectVideoResponseModel | UnknownVariant
    ]

    voices: list[ProjectVoiceResponseModel]

    default_title_voice_id: str

    default_paragraph_voice_id: str

    last_conversion_date_unix: int | None | Unset = UNSET

    title: None | str | Unset = UNSET

    author: None | str | Unset = UNSET

    description: None | str | Unset = UNSET

    genres: list[str] | None | Unset = UNSET

    cover_image_url: None | str | Unset = UNSET

    target_audience: None | ProjectExtendedResponseTargetAudienceType0 | str | Unset = UNSET

    language: None | str | Unset = UNSET

    content_type: None | str | Unset = UNSET

    original_publication_date: None | str | Unset = UNSET

    mature_content: bool | None | Unset = UNSET

    isbn_number: None | str | Unset = UNSET

    fiction: None | ProjectExtendedResponseFictionType0 | str | Unset = UNSET

    creation_meta: None | ProjectCreationMetaResponseModel | Unset = UNSET

    source_type: None | ProjectExtendedResponseSourceTypeType0 | str | Unset = UNSET

    chapters_enabled: bool | None | Unset = UNSET

    captions_enabled: bool | None | Unset = UNSET

    caption_style: CaptionStyleModel | None | Unset = UNSET

    caption_style_template_overrides: None | ProjectExtendedResponseCaptionStyleTemplateOverridesType0 | Unset = UNSET

    public_share_id: None | str | Unset = UNSET

    aspect_ratio: None | ProjectExtendedResponseAspectRatioType0 | str | Unset = UNSET

    agent_settings: None | StudioAgentSettingsModel | Unset = UNSET

    experimental: ProjectExtendedResponseExperimental | Unset = UNSET

    base_voices: list[Voice] | None | Unset = UNSET

    publishing_read: DirectPublishingReadResponseModel | None | Unset = UNSET

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
        "quality_preset",
        "chapters",
        "pronunciation_dictionary_versions",
        "pronunciation_dictionary_locators",
        "apply_text_normalization",
        "assets",
        "voices",
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

        quality_preset: Any
        try:
            if isinstance(self.quality_preset, str):
                quality_preset = self.quality_preset
            else:
                quality_preset = self.quality_preset

        except (AttributeError, TypeError):
            quality_preset = self.quality_preset

        chapters: Any
        try:
            chapters = []
            for chapters_item_data in self.chapters:
                chapters_item = chapters_item_data.to_dict()
                chapters.append(chapters_item)

        except (AttributeError, TypeError):
            chapters = self.chapters

        pronunciation_dictionary_versions: Any
        try:
            pronunciation_dictionary_versions = []
            for pronunciation_dictionary_versions_item_data in self.pronunciation_dictionary_versions:
                pronunciation_dictionary_versions_item = pronunciation_dictionary_versions_item_data.to_dict()
                pronunciation_dictionary_versions.append(pronunciation_dictionary_versions_item)

        except (AttributeError, TypeError):
            pronunciation_dictionary_versions = self.pronunciation_dictionary_versions

        pronunciation_dictionary_locators: Any
        try:
            pronunciation_dictionary_locators = []
            for pronunciation_dictionary_locators_item_data in self.pronunciation_dictionary_locators:
                pronunciation_dictionary_locators_item = pronunciation_dictionary_locators_item_data.to_dict()
                pronunciation_dictionary_locators.append(pronunciation_dictionary_locators_item)

        except (AttributeError, TypeError):
            pronunciation_dictionary_locators = self.pronunciation_dictionary_locators

        apply_text_normalization: Any
        try:
            if isinstance(self.apply_text_normalization, str):
                apply_text_normalization = self.apply_text_normalization
            else:
                apply_text_normalization = self.apply_text_normalization

        except (AttributeError, TypeError):
            apply_text_normalization = self.apply_text_normalization

        assets: Any
        try:
            assets = []
            for assets_item_data in self.assets:
                assets_item: dict[str, Any]
                if (
                    isinstance(assets_item_data, ProjectVideoResponseModel)
                    or isinstance(assets_item_data, ProjectExternalAudioResponseModel)
                    or isinstance(assets_item_data, ProjectImageResponseModel)
                    or isinstance(assets_item_data, UnknownVariant)
                ):
                    assets_item = assets_item_data.to_dict()
                else:
                    assets_item = assets_item_data

                assets.append(assets_item)

        except (AttributeError, TypeError):
            assets = self.assets

        voices: Any
        try:
            voices = []
            for voices_item_data in self.voices:
                voices_item = voices_item_data.to_dict()
                voices.append(voices_item)

        except (AttributeError, TypeError):
            voices = self.voices

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
            elif isinstance(
                self.caption_style_template_overrides, ProjectExtendedResponseCaptionStyleTemplateOverridesType0
            ):
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

        experimental: Any
        try:
            experimental = UNSET
            if not isinstance(self.experimental, Unset):
                experimental = self.experimental.to_dict()
        except (AttributeError, TypeError):
            experimental = self.experimental

        base_voices: Any
        try:
            if isinstance(self.base_voices, Unset):
                base_voices = UNSET
            elif isinstance(self.base_voices, list):
                base_voices = []
                for base_voices_type_0_item_data in self.base_voices:
                    base_voices_type_0_item = base_voices_type_0_item_data.to_dict()
                    base_voices.append(base_voices_type_0_item)

            else:
                base_voices = self.base_voices

        except (AttributeError, TypeError):
            base_voices = self.base_voices

        publishing_read: Any
        try:
            if isinstance(self.publishing_read, Unset):
                publishing_read = UNSET
            elif isinstance(self.publishing_read, DirectPublishingReadResponseModel):
                publishing_read = self.publishing_read.to_dict()
            else:
                publishing_read = self.publishing_read

        except (AttributeError, TypeError):
            publishing_read = self.publishing_read

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
        if quality_preset is not None or "quality_preset" not in self._missing_fields:
            field_dict["quality_preset"] = quality_preset
        if chapters is not None or "chapters" not in self._missing_fields:
            field_dict["chapters"] = chapters
        if (
            pronunciation_dictionary_versions is not None
            or "pronunciation_dictionary_versions" not in self._missing_fields
        ):
            field_dict["pronunciation_dictionary_versions"] = pronunciation_dictionary_versions
        if (
            pronunciation_dictionary_locators is not None
            or "pronunciation_dictionary_locators" not in self._missing_fields
        ):
            field_dict["pronunciation_dictionary_locators"] = pronunciation_dictionary_locators
        if apply_text_normalization is not None or "apply_text_normalization" not in self._missing_fields:
            field_dict["apply_text_normalization"] = apply_text_normalization
        if assets is not None or "assets" not in self._missing_fields:
            field_dict["assets"] = assets
        if voices is not None or "voices" not in self._missing_fields:
            field_dict["voices"] = voices
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
        if experimental is not UNSET:
            field_dict["experimental"] = experimental
        if base_voices is not UNSET:
            field_dict["base_voices"] = base_voices
        if publishing_read is not UNSET:
            field_dict["publishing_read"] = publishing_read
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        project_extended_response = cls.__new__(cls)
        project_extended_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return project_extended_response

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

_read_quality_preset = plain_reader("quality_preset", (str,), "a string", True)


def _read_chapters(cls: type[ProjectExtendedResponse], d: Mapping[str, Any]) -> Any:
    chapters_raw = d.get("chapters", MISSING)
    if chapters_raw is MISSING:
        chapters = missing_field(cls, "chapters")
    else:
        try:
            expect_array("chapters", chapters_raw)
            chapters = []
            _chapters = chapters_raw
            for chapters_item_data in _chapters:
                chapters_item = ChapterResponse.from_dict(chapters_item_data)

                chapters.append(chapters_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            chapters = deviating_field(cls, "chapters", chapters_raw)

    return chapters


def _read_pronunciation_dictionary_versions(cls: type[ProjectExtendedResponse], d: Mapping[str, Any]) -> Any:
    pronunciation_dictionary_versions_raw = d.get("pronunciation_dictionary_versions", MISSING)
    if pronunciation_dictionary_versions_raw is MISSING:
        pronunciation_dictionary_versions = missing_field(cls, "pronunciation_dictionary_versions")
    else:
        try:
            expect_array("pronunciation_dictionary_versions", pronunciation_dictionary_versions_raw)
            pronunciation_dictionary_versions = []
            _pronunciation_dictionary_versions = pronunciation_dictionary_versions_raw
            for pronunciation_dictionary_versions_item_data in _pronunciation_dictionary_versions:
                pronunciation_dictionary_versions_item = PronunciationDictionaryVersionResponseModel.from_dict(
                    pronunciation_dictionary_versions_item_data
                )

                pronunciation_dictionary_versions.append(pronunciation_dictionary_versions_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            pronunciation_dictionary_versions = deviating_field(
                cls, "pronunciation_dictionary_versions", pronunciation_dictionary_versions_raw
            )

    return pronunciation_dictionary_versions


def _read_pronunciation_dictionary_locators(cls: type[ProjectExtendedResponse], d: Mapping[str, Any]) -> Any:
    pronunciation_dictionary_locators_raw = d.get("pronunciation_dictionary_locators", MISSING)
    if pronunciation_dictionary_locators_raw is MISSING:
        pronunciation_dictionary_locators = missing_field(cls, "pronunciation_dictionary_locators")
    else:
        try:
            expect_array("pronunciation_dictionary_locators", pronunciation_dictionary_locators_raw)
            pronunciation_dictionary_locators = []
            _pronunciation_dictionary_locators = pronunciation_dictionary_locators_raw
            for pronunciation_dictionary_locators_item_data in _pronunciation_dictionary_locators:
                pronunciation_dictionary_locators_item = PronunciationDictionaryLocatorResponseModel.from_dict(
                    pronunciation_dictionary_locators_item_data
                )

                pronunciation_dictionary_locators.append(pronunciation_dictionary_locators_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            pronunciation_dictionary_locators = deviating_field(
                cls, "pronunciation_dictionary_locators", pronunciation_dictionary_locators_raw
            )

    return pronunciation_dictionary_locators


_read_apply_text_normalization = plain_reader("apply_text_normalization", (str,), "a string", True)


def _read_assets(cls: type[ProjectExtendedResponse], d: Mapping[str, Any]) -> Any:
    assets_raw = d.get("assets", MISSING)
    if assets_raw is MISSING:
        assets = missing_field(cls, "assets")
    else:
        try:
            expect_array("assets", assets_raw)
            assets = []
            _assets = assets_raw
            for assets_item_data in _assets:

                def _parse_assets_item(
                    data: object,
                ) -> (
                    ProjectExternalAudioResponseModel
                    | ProjectImageResponseModel
                    | ProjectVideoResponseModel
                    | UnknownVariant
                ):
                    return parse_strictly(_parse_assets_item_member, data)

                def _parse_assets_item_member(
                    data: object,
                ) -> (
                    ProjectExternalAudioResponseModel
                    | ProjectImageResponseModel
                    | ProjectVideoResponseModel
                    | UnknownVariant
                ):
                    if isinstance(data, dict):
                        for known in (
                            ProjectVideoResponseModel,
                            ProjectExternalAudioResponseModel,
                            ProjectImageResponseModel,
                        ):
                            kind = getattr(known, "_kind", None)
                            if kind is not None and data.get(kind[0]) == kind[1]:
                                return known.from_dict(data)

                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        assets_item_type_0 = ProjectVideoResponseModel.from_dict(data)

                        return assets_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        assets_item_type_1 = ProjectExternalAudioResponseModel.from_dict(data)

                        return assets_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        assets_item_type_2 = ProjectImageResponseModel.from_dict(data)

                        return assets_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    assets_item_type_3 = UnknownVariant.from_dict(data)

                    return assets_item_type_3

                assets_item = _parse_assets_item(assets_item_data)

                assets.append(assets_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            assets = deviating_field(cls, "assets", assets_raw)

    return assets


def _read_voices(cls: type[ProjectExtendedResponse], d: Mapping[str, Any]) -> Any:
    voices_raw = d.get("voices", MISSING)
    if voices_raw is MISSING:
        voices = missing_field(cls, "voices")
    else:
        try:
            expect_array("voices", voices_raw)
            voices = []
            _voices = voices_raw
            for voices_item_data in _voices:
                voices_item = ProjectVoiceResponseModel.from_dict(voices_item_data)

                voices.append(voices_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            voices = deviating_field(cls, "voices", voices_raw)

    return voices


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


def _read_creation_meta(cls: type[ProjectExtendedResponse], d: Mapping[str, Any]) -> Any:
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


def _read_caption_style(cls: type[ProjectExtendedResponse], d: Mapping[str, Any]) -> Any:
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


def _read_caption_style_template_overrides(cls: type[ProjectExtendedResponse], d: Mapping[str, Any]) -> Any:
    caption_style_template_overrides_raw = d.get("caption_style_template_overrides", UNSET)
    try:

        def _parse_caption_style_template_overrides(
            data: object,
        ) -> None | ProjectExtendedResponseCaptionStyleTemplateOverridesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            caption_style_template_overrides_type_0 = (
                ProjectExtendedResponseCaptionStyleTemplateOverridesType0.from_dict(data)
            )

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


def _read_agent_settings(cls: type[ProjectExtendedResponse], d: Mapping[str, Any]) -> Any:
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


def _read_experimental(cls: type[ProjectExtendedResponse], d: Mapping[str, Any]) -> Any:
    experimental_raw = d.get("experimental", UNSET)
    try:
        _experimental = experimental_raw
        experimental: ProjectExtendedResponseExperimental | Unset
        if isinstance(_experimental, Unset):
            experimental = UNSET
        else:
            experimental = ProjectExtendedResponseExperimental.from_dict(_experimental)
    except (KeyError, TypeError, ValueError, AttributeError):
        experimental = deviating_field(cls, "experimental", experimental_raw)

    return experimental


def _read_base_voices(cls: type[ProjectExtendedResponse], d: Mapping[str, Any]) -> Any:
    base_voices_raw = d.get("base_voices", UNSET)
    try:

        def _parse_base_voices(data: object) -> list[Voice] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            base_voices_type_0 = []
            _base_voices_type_0 = data
            for base_voices_type_0_item_data in _base_voices_type_0:
                base_voices_type_0_item = Voice.from_dict(base_voices_type_0_item_data)

                base_voices_type_0.append(base_voices_type_0_item)

            return base_voices_type_0

        base_voices = _parse_base_voices(base_voices_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        base_voices = deviating_field(cls, "base_voices", base_voices_raw)

    return base_voices


def _read_publishing_read(cls: type[ProjectExtendedResponse], d: Mapping[str, Any]) -> Any:
    publishing_read_raw = d.get("publishing_read", UNSET)
    try:

        def _parse_publishing_read(data: object) -> DirectPublishingReadResponseModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            publishing_read_type_0 = DirectPublishingReadResponseModel.from_dict(data)

            return publishing_read_type_0

        publishing_read = _parse_publishing_read(publishing_read_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        publishing_read = deviating_field(cls, "publishing_read", publishing_read_raw)

    return publishing_read


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
        "quality_preset",
        "chapters",
        "pronunciation_dictionary_versions",
        "pronunciation_dictionary_locators",
        "apply_text_normalization",
        "assets",
        "voices",
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
        "experimental",
        "base_voices",
        "publishing_read",
    )
)


def _read_additional_properties(cls: type[ProjectExtendedResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ProjectExtendedResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
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

    quality_preset = d.get("quality_preset", MISSING)
    if quality_preset.__class__ is not str:
        quality_preset = _read_quality_preset(cls, d)

    if "chapters" in known:
        chapters = known["chapters"]
    else:
        chapters = _read_chapters(cls, d)

    if "pronunciation_dictionary_versions" in known:
        pronunciation_dictionary_versions = known["pronunciation_dictionary_versions"]
    else:
        pronunciation_dictionary_versions = _read_pronunciation_dictionary_versions(cls, d)

    if "pronunciation_dictionary_locators" in known:
        pronunciation_dictionary_locators = known["pronunciation_dictionary_locators"]
    else:
        pronunciation_dictionary_locators = _read_pronunciation_dictionary_locators(cls, d)

    apply_text_normalization = d.get("apply_text_normalization", MISSING)
    if apply_text_normalization.__class__ is not str:
        apply_text_normalization = _read_apply_text_normalization(cls, d)

    if "assets" in known:
        assets = known["assets"]
    else:
        assets = _read_assets(cls, d)

    if "voices" in known:
        voices = known["voices"]
    else:
        voices = _read_voices(cls, d)

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

    if "experimental" in known:
        experimental = known["experimental"]
    else:
        experimental = d.get("experimental", UNSET)
        if experimental is not UNSET:
            experimental = _read_experimental(cls, d)

    if "base_voices" in known:
        base_voices = known["base_voices"]
    else:
        base_voices = d.get("base_voices", UNSET)
        if base_voices is not UNSET and base_voices is not None:
            base_voices = _read_base_voices(cls, d)

    if "publishing_read" in known:
        publishing_read = known["publishing_read"]
    else:
        publishing_read = d.get("publishing_read", UNSET)
        if publishing_read is not UNSET and publishing_read is not None:
            publishing_read = _read_publishing_read(cls, d)

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
        "quality_preset": quality_preset,
        "chapters": chapters,
        "pronunciation_dictionary_versions": pronunciation_dictionary_versions,
        "pronunciation_dictionary_locators": pronunciation_dictionary_locators,
        "apply_text_normalization": apply_text_normalization,
        "assets": assets,
        "voices": voices,
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
        "experimental": experimental,
        "base_voices": base_voices,
        "publishing_read": publishing_read,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ProjectExtendedResponse,
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
        "quality_preset": _read_quality_preset,
        "chapters": _read_chapters,
        "pronunciation_dictionary_versions": _read_pronunciation_dictionary_versions,
        "pronunciation_dictionary_locators": _read_pronunciation_dictionary_locators,
        "apply_text_normalization": _read_apply_text_normalization,
        "assets": _read_assets,
        "voices": _read_voices,
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
        "experimental": _read_experimental,
        "base_voices": _read_base_voices,
        "publishing_read": _read_publishing_read,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.caption_style_model import CaptionStyleModel
from ..models.chapter_response import ChapterResponse
from ..models.direct_publishing_read_response_model import DirectPublishingReadResponseModel
from ..models.project_creation_meta_response_model import ProjectCreationMetaResponseModel
from ..models.project_extended_response_caption_style_template_overrides_type_0 import (
    ProjectExtendedResponseCaptionStyleTemplateOverridesType0,
)
from ..models.project_extended_response_experimental import ProjectExtendedResponseExperimental
from ..models.project_external_audio_response_model import ProjectExternalAudioResponseModel
from ..models.project_image_response_model import ProjectImageResponseModel
from ..models.project_video_response_model import ProjectVideoResponseModel
from ..models.project_voice_response_model import ProjectVoiceResponseModel
from ..models.pronunciation_dictionary_locator_response_model import PronunciationDictionaryLocatorResponseModel
from ..models.pronunciation_dictionary_version_response_model import PronunciationDictionaryVersionResponseModel
from ..models.studio_agent_settings_model import StudioAgentSettingsModel
from ..models.unknown_variant import UnknownVariant
from ..models.voice import Voice
