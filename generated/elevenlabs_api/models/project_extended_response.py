from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    FLOAT,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import (
    AudioAnalysisStatusType0,
    DirectPublishingReadResponseModelDisplayModeType0,
    DirectPublishingReadResponseModelGenreType0ItemType0,
    DirectPublishingReadResponseModelPayoutTypeType0,
    DirectPublishingReadResponseModelTargetAudienceType0,
    ImageAnalysisStatusType0,
    ProjectExtendedResponseAccessLevelType0,
    ProjectExtendedResponseApplyTextNormalizationType0,
    ProjectExtendedResponseAspectRatioType0,
    ProjectExtendedResponseFictionType0,
    ProjectExtendedResponseSourceTypeType0,
    ProjectExtendedResponseStateType0,
    ProjectExtendedResponseTargetAudienceType0,
    PronunciationDictionaryVersionResponseModelPermissionOnResourceType0,
    QualityPresetType,
    ReviewResponseModelRejectReasonsType0ItemType0,
    ReviewResponseModelReviewStatusType0,
    SampleConfigDbModelParentTypeType0,
    StudioClipReferenceClipTypeType0,
    VideoAnalysisStatusType0,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ProjectExtendedResponse(Lazy, AdditionalProperties[Any]):
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
        quality_preset: The quality preset level of the project.
        chapters: List of chapters of the project and their metadata.
        pronunciation_dictionary_versions: List of pronunciation dictionary versions of the project and their metadata.
        pronunciation_dictionary_locators: List of pronunciation dictionary locators.
        apply_text_normalization: Whether text normalization is applied to the project.
        assets: List of uploaded assets e.g. videos, audios.
        voices: List of configured project voices.
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
        experimental: Experimental features for the project.
        base_voices: List of voices used by the project.
        publishing_read: The ElevenReader data if the book was published.
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
        Field("state", "state", union(literal("ProjectExtendedResponseStateType0"), STR), required=True),
        Field(
            "access_level",
            "access_level",
            union(literal("ProjectExtendedResponseAccessLevelType0"), STR),
            required=True,
        ),
        Field("quality_check_on", "quality_check_on", BOOL, required=True),
        Field("quality_check_on_when_bulk_convert", "quality_check_on_when_bulk_convert", BOOL, required=True),
        Field("quality_preset", "quality_preset", union(literal("QualityPresetType"), STR), required=True),
        Field("chapters", "chapters", list_of(object_of("ChapterResponse")), required=True),
        Field(
            "pronunciation_dictionary_versions",
            "pronunciation_dictionary_versions",
            list_of(object_of("PronunciationDictionaryVersionResponseModel")),
            required=True,
        ),
        Field(
            "pronunciation_dictionary_locators",
            "pronunciation_dictionary_locators",
            list_of(object_of("PronunciationDictionaryLocatorResponseModel")),
            required=True,
        ),
        Field(
            "apply_text_normalization",
            "apply_text_normalization",
            union(literal("ProjectExtendedResponseApplyTextNormalizationType0"), STR),
            required=True,
        ),
        Field(
            "assets",
            "assets",
            list_of(
                union(
                    object_of("ProjectVideoResponseModel"),
                    object_of("ProjectExternalAudioResponseModel"),
                    object_of("ProjectImageResponseModel"),
                    object_of("UnknownVariant"),
                )
            ),
            required=True,
        ),
        Field("voices", "voices", list_of(object_of("ProjectVoiceResponseModel")), required=True),
        Field("default_title_voice_id", "default_title_voice_id", STR, required=True),
        Field("default_paragraph_voice_id", "default_paragraph_voice_id", STR, required=True),
        Field("last_conversion_date_unix", "last_conversion_date_unix", union(INT, NULL)),
        Field("title", "title", union(STR, NULL)),
        Field("author", "author", union(STR, NULL)),
        Field("description", "description", union(STR, NULL)),
        Field("genres", "genres", union(list_of(STR), NULL)),
        Field("cover_image_url", "cover_image_url", union(STR, NULL)),
        Field(
            "target_audience",
            "target_audience",
            union(literal("ProjectExtendedResponseTargetAudienceType0"), NULL, STR),
        ),
        Field("language", "language", union(STR, NULL)),
        Field("content_type", "content_type", union(STR, NULL)),
        Field("original_publication_date", "original_publication_date", union(STR, NULL)),
        Field("mature_content", "mature_content", union(BOOL, NULL)),
        Field("isbn_number", "isbn_number", union(STR, NULL)),
        Field("fiction", "fiction", union(literal("ProjectExtendedResponseFictionType0"), NULL, STR)),
        Field("creation_meta", "creation_meta", union(object_of("ProjectCreationMetaResponseModel"), NULL)),
        Field("source_type", "source_type", union(literal("ProjectExtendedResponseSourceTypeType0"), NULL, STR)),
        Field("chapters_enabled", "chapters_enabled", union(BOOL, NULL)),
        Field("captions_enabled", "captions_enabled", union(BOOL, NULL)),
        Field("caption_style", "caption_style", union(object_of("CaptionStyleModel"), NULL)),
        Field(
            "caption_style_template_overrides",
            "caption_style_template_overrides",
            union(object_of("ProjectExtendedResponseCaptionStyleTemplateOverridesType0"), NULL),
        ),
        Field("public_share_id", "public_share_id", union(STR, NULL)),
        Field("aspect_ratio", "aspect_ratio", union(literal("ProjectExtendedResponseAspectRatioType0"), NULL, STR)),
        Field("agent_settings", "agent_settings", union(object_of("StudioAgentSettingsModel"), NULL)),
        Field("experimental", "experimental", object_of("ProjectExtendedResponseExperimental")),
        Field("base_voices", "base_voices", union(list_of(object_of("Voice")), NULL)),
        Field("publishing_read", "publishing_read", union(object_of("DirectPublishingReadResponseModel"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class AudioAnalysis(Lazy, AdditionalProperties[Any]):
    status: AudioAnalysisStatusType0 | str

    data: AudioAnalysisResult | None = None

    updated_at_ms: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("status", "status", union(literal("AudioAnalysisStatusType0"), STR), required=True),
        Field("data", "data", union(object_of("AudioAnalysisResult"), NULL), required=True),
        Field("updated_at_ms", "updated_at_ms", INT),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class AudioAnalysisResult(Lazy, AdditionalProperties[Any]):
    title: str

    description: str

    content_type: None | str | Unset = UNSET

    overall_pacing: None | str | Unset = UNSET

    segments: list[AudioSegment] | Unset = UNSET

    key_moments: list[AudioKeyMoment] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("title", "title", STR, required=True),
        Field("description", "description", STR, required=True),
        Field("content_type", "content_type", union(STR, NULL)),
        Field("overall_pacing", "overall_pacing", union(STR, NULL)),
        Field("segments", "segments", list_of(object_of("AudioSegment"))),
        Field("key_moments", "key_moments", list_of(object_of("AudioKeyMoment"))),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class AudioKeyMoment(Lazy, AdditionalProperties[Any]):
    timestamp_ms: int

    type_: str

    description: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("timestamp_ms", "timestamp_ms", INT, required=True),
        Field("type_", "type", STR, required=True),
        Field("description", "description", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class AudioSegment(Lazy, AdditionalProperties[Any]):
    """Attributes:
    has_speech: Defaults to False on the server.
    has_music: Defaults to False on the server.
    """

    start_ms: int

    end_ms: int

    description: str

    segment_type: None | str | Unset = UNSET

    has_speech: bool | Unset = UNSET

    has_music: bool | Unset = UNSET

    pacing: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("start_ms", "start_ms", INT, required=True),
        Field("end_ms", "end_ms", INT, required=True),
        Field("description", "description", STR, required=True),
        Field("segment_type", "segment_type", union(STR, NULL)),
        Field("has_speech", "has_speech", BOOL),
        Field("has_music", "has_music", BOOL),
        Field("pacing", "pacing", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class Contributor(Lazy, AdditionalProperties[Any]):
    name: str

    role: str

    bio: None | str | Unset = UNSET

    profile_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("role", "role", STR, required=True),
        Field("bio", "bio", union(STR, NULL)),
        Field("profile_id", "profile_id", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class DirectPublishingReadResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    publishing_state: Defaults to 'published' on the server.
    can_use_assistant: Defaults to True on the server.
    is_voice_changer_on: Defaults to False on the server.
    """

    read_id: str

    created_at_unix: int

    updated_at_unix: int

    word_count: int

    char_count: int

    chapters: list[ReadMetadataChapterDbModel]

    title: None | str | Unset = UNSET

    author: None | str | Unset = UNSET

    description: None | str | Unset = UNSET

    article_image_url: None | str | Unset = UNSET

    language: None | str | Unset = UNSET

    locale: None | str | Unset = UNSET

    display_mode: DirectPublishingReadResponseModelDisplayModeType0 | None | str | Unset = UNSET

    genre: list[DirectPublishingReadResponseModelGenreType0ItemType0 | str] | None | Unset = UNSET

    fiction: None | str | Unset = UNSET

    content_type: None | str | Unset = UNSET

    original_file_type: None | str | Unset = UNSET

    target_audience: DirectPublishingReadResponseModelTargetAudienceType0 | None | str | Unset = UNSET

    mature_content: bool | None | Unset = UNSET

    safesearch_adult: bool | None | Unset = UNSET

    origin: None | str | Unset = UNSET

    publication_date: None | str | Unset = UNSET

    isbn: None | str | Unset = UNSET

    ean: None | str | Unset = UNSET

    legal_terms: None | ReadLegalTerms | Unset = UNSET

    content_guidelines_terms: None | ReadLegalTerms | Unset = UNSET

    last_updated_from_project_unix: int | None | Unset = UNSET

    publishing_project_id: None | str | Unset = UNSET

    publishing_state: str | Unset = UNSET

    publisher_profile_id: None | str | Unset = UNSET

    quality_score: int | None | Unset = UNSET

    publisher: None | str | Unset = UNSET

    copyright_: None | str | Unset = UNSET

    subtitle: None | str | Unset = UNSET

    distribution_territories: list[str] | None | Unset = UNSET

    edition: None | str | Unset = UNSET

    contributors: list[Contributor] | None | Unset = UNSET

    payout_type: DirectPublishingReadResponseModelPayoutTypeType0 | None | str | Unset = UNSET

    list_price: float | None | Unset = UNSET

    currency: Literal["usd"] | None | Unset = UNSET

    original_audio_project_export_id: None | str | Unset = UNSET

    original_audio_document_id: None | str | Unset = UNSET

    series_id: None | str | Unset = UNSET

    volume: int | None | Unset = UNSET

    published_at_unix: int | None | Unset = UNSET

    read_slug: None | str | Unset = UNSET

    preview_audio_object: None | PreviewAudioDbModel | Unset = UNSET

    sample_config: None | SampleConfigDbModel | Unset = UNSET

    review: None | ReviewResponseModel | Unset = UNSET

    voice_id: None | str | Unset = UNSET

    can_use_assistant: bool | Unset = UNSET

    is_voice_changer_on: bool | Unset = UNSET

    restricted_to_user_email_domains: list[str] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("read_id", "read_id", STR, required=True),
        Field("created_at_unix", "created_at_unix", INT, required=True),
        Field("updated_at_unix", "updated_at_unix", INT, required=True),
        Field("word_count", "word_count", INT, required=True),
        Field("char_count", "char_count", INT, required=True),
        Field("chapters", "chapters", list_of(object_of("ReadMetadataChapterDbModel")), required=True),
        Field("title", "title", union(STR, NULL)),
        Field("author", "author", union(STR, NULL)),
        Field("description", "description", union(STR, NULL)),
        Field("article_image_url", "article_image_url", union(STR, NULL)),
        Field("language", "language", union(STR, NULL)),
        Field("locale", "locale", union(STR, NULL)),
        Field(
            "display_mode",
            "display_mode",
            union(literal("DirectPublishingReadResponseModelDisplayModeType0"), NULL, STR),
        ),
        Field(
            "genre",
            "genre",
            union(list_of(union(literal("DirectPublishingReadResponseModelGenreType0ItemType0"), STR)), NULL),
        ),
        Field("fiction", "fiction", union(STR, NULL)),
        Field("content_type", "content_type", union(STR, NULL)),
        Field("original_file_type", "original_file_type", union(STR, NULL)),
        Field(
            "target_audience",
            "target_audience",
            union(literal("DirectPublishingReadResponseModelTargetAudienceType0"), NULL, STR),
        ),
        Field("mature_content", "mature_content", union(BOOL, NULL)),
        Field("safesearch_adult", "safesearch_adult", union(BOOL, NULL)),
        Field("origin", "origin", union(STR, NULL)),
        Field("publication_date", "publication_date", union(STR, NULL)),
        Field("isbn", "isbn", union(STR, NULL)),
        Field("ean", "ean", union(STR, NULL)),
        Field("legal_terms", "legal_terms", union(object_of("ReadLegalTerms"), NULL)),
        Field("content_guidelines_terms", "content_guidelines_terms", union(object_of("ReadLegalTerms"), NULL)),
        Field("last_updated_from_project_unix", "last_updated_from_project_unix", union(INT, NULL)),
        Field("publishing_project_id", "publishing_project_id", union(STR, NULL)),
        Field("publishing_state", "publishing_state", STR),
        Field("publisher_profile_id", "publisher_profile_id", union(STR, NULL)),
        Field("quality_score", "quality_score", union(INT, NULL)),
        Field("publisher", "publisher", union(STR, NULL)),
        Field("copyright_", "copyright", union(STR, NULL)),
        Field("subtitle", "subtitle", union(STR, NULL)),
        Field("distribution_territories", "distribution_territories", union(list_of(STR), NULL)),
        Field("edition", "edition", union(STR, NULL)),
        Field("contributors", "contributors", union(list_of(object_of("Contributor")), NULL)),
        Field(
            "payout_type", "payout_type", union(literal("DirectPublishingReadResponseModelPayoutTypeType0"), NULL, STR)
        ),
        Field("list_price", "list_price", union(FLOAT, NULL)),
        Field("currency", "currency", union(const("usd"), NULL)),
        Field("original_audio_project_export_id", "original_audio_project_export_id", union(STR, NULL)),
        Field("original_audio_document_id", "original_audio_document_id", union(STR, NULL)),
        Field("series_id", "series_id", union(STR, NULL)),
        Field("volume", "volume", union(INT, NULL)),
        Field("published_at_unix", "published_at_unix", union(INT, NULL)),
        Field("read_slug", "read_slug", union(STR, NULL)),
        Field("preview_audio_object", "preview_audio_object", union(object_of("PreviewAudioDbModel"), NULL)),
        Field("sample_config", "sample_config", union(object_of("SampleConfigDbModel"), NULL)),
        Field("review", "review", union(object_of("ReviewResponseModel"), NULL)),
        Field("voice_id", "voice_id", union(STR, NULL)),
        Field("can_use_assistant", "can_use_assistant", BOOL),
        Field("is_voice_changer_on", "is_voice_changer_on", BOOL),
        Field("restricted_to_user_email_domains", "restricted_to_user_email_domains", union(list_of(STR), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class GenerationSourceContext(Lazy, AdditionalProperties[Any]):
    """Attributes:
    source_type:  Default: 'generation'.
    """

    generation_id: str

    model_id: str

    source_type: Literal["generation"] | Unset = _attrs_field(
        default="generation",
        kw_only=True,
        validator=types.tag("GenerationSourceContext", "source_type", "generation"),
    )

    prompt: None | str | Unset = UNSET

    model_provider: None | str | Unset = UNSET

    generation_session_id: None | str | Unset = UNSET

    session_iteration_id: None | str | Unset = UNSET

    model_parameters: GenerationSourceContextModelParametersType0 | None | Unset = UNSET

    extend_video: None | ReferenceVideo | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("generation_id", "generation_id", STR, required=True),
        Field("model_id", "model_id", STR, required=True),
        Field("source_type", "source_type", const("generation")),
        Field("prompt", "prompt", union(STR, NULL)),
        Field("model_provider", "model_provider", union(STR, NULL)),
        Field("generation_session_id", "generation_session_id", union(STR, NULL)),
        Field("session_iteration_id", "session_iteration_id", union(STR, NULL)),
        Field(
            "model_parameters",
            "model_parameters",
            union(object_of("GenerationSourceContextModelParametersType0"), NULL),
        ),
        Field("extend_video", "extend_video", union(object_of("ReferenceVideo"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class GenerationSourceContextModelParametersType0(Lazy, AdditionalProperties[Any]):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


@_attrs_define(slots=False)
class ImageAnalysis(Lazy, AdditionalProperties[Any]):
    status: ImageAnalysisStatusType0 | str

    data: ImageAnalysisResult | None = None

    updated_at_ms: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("status", "status", union(literal("ImageAnalysisStatusType0"), STR), required=True),
        Field("data", "data", union(object_of("ImageAnalysisResult"), NULL), required=True),
        Field("updated_at_ms", "updated_at_ms", INT),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ImageAnalysisResult(Lazy, AdditionalProperties[Any]):
    """Attributes:
    visible_text: Readable text overlaid or shown in the image, if any.
    """

    title: str

    description: str

    content_type: None | str | Unset = UNSET

    mood_and_style: None | str | Unset = UNSET

    composition_notes: None | str | Unset = UNSET

    visible_text: None | str | Unset = UNSET

    subjects: list[ImageSubject] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("title", "title", STR, required=True),
        Field("description", "description", STR, required=True),
        Field("content_type", "content_type", union(STR, NULL)),
        Field("mood_and_style", "mood_and_style", union(STR, NULL)),
        Field("composition_notes", "composition_notes", union(STR, NULL)),
        Field("visible_text", "visible_text", union(STR, NULL)),
        Field("subjects", "subjects", list_of(object_of("ImageSubject"))),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ImageSubject(Lazy, AdditionalProperties[Any]):
    name: str

    description: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("description", "description", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class MusicExploreSongSourceContext(Lazy, AdditionalProperties[Any]):
    """Attributes:
    source_type:  Default: 'music_explore_song'.
    """

    music_explore_song_id: str

    source_type: Literal["music_explore_song"] | Unset = _attrs_field(
        default="music_explore_song",
        kw_only=True,
        validator=types.tag("MusicExploreSongSourceContext", "source_type", "music_explore_song"),
    )

    title: None | str | Unset = UNSET

    description: None | str | Unset = UNSET

    bpm: int | None | Unset = UNSET

    vocals: None | str | Unset = UNSET

    lyrics: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("music_explore_song_id", "music_explore_song_id", STR, required=True),
        Field("source_type", "source_type", const("music_explore_song")),
        Field("title", "title", union(STR, NULL)),
        Field("description", "description", union(STR, NULL)),
        Field("bpm", "bpm", union(INT, NULL)),
        Field("vocals", "vocals", union(STR, NULL)),
        Field("lyrics", "lyrics", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class PreviewAudioDbModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    is_auto_generated: Defaults to False on the server.
    """

    audio_url: str

    voice_id: None | str | Unset = UNSET

    text: None | str | Unset = UNSET

    hls_manifest_url: None | str | Unset = UNSET

    dash_manifest_url: None | str | Unset = UNSET

    is_auto_generated: bool | None | Unset = UNSET

    generated_at_unix: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("audio_url", "audio_url", STR, required=True),
        Field("voice_id", "voice_id", union(STR, NULL)),
        Field("text", "text", union(STR, NULL)),
        Field("hls_manifest_url", "hls_manifest_url", union(STR, NULL)),
        Field("dash_manifest_url", "dash_manifest_url", union(STR, NULL)),
        Field("is_auto_generated", "is_auto_generated", union(BOOL, NULL)),
        Field("generated_at_unix", "generated_at_unix", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ProjectExtendedResponseCaptionStyleTemplateOverridesType0(Lazy, AdditionalProperties["CaptionStyleModel"]):
    additional_properties: dict[str, CaptionStyleModel] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("CaptionStyleModel"))),
    )


@_attrs_define(slots=False)
class ProjectExtendedResponseExperimental(Lazy, AdditionalProperties[Any]):
    """Experimental features for the project."""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


@_attrs_define(slots=False)
class ProjectExternalAudioResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    volume_gain_db: Defaults to 0.0 on the server.
    muted: Defaults to False on the server.
    fade_in_ms: Defaults to 0 on the server.
    fade_out_ms: Defaults to 0 on the server.
    speech_imported: Defaults to False on the server.
    type_:  Default: 'audio'.
    """

    external_audio_id: str

    filename: str

    signed_url: None | str = _attrs_field(default=None, kw_only=True)

    offset_ms: int

    duration_ms: int

    start_time_ms: int

    end_time_ms: int | None = _attrs_field(default=None, kw_only=True)

    order: str

    track_id: str

    created_at_ms: int

    updated_at_ms: int

    import_speech_progress: float | None = None

    volume_gain_db: float | Unset = UNSET

    muted: bool | Unset = UNSET

    fade_in_ms: int | Unset = UNSET

    fade_out_ms: int | Unset = UNSET

    source_external_audio_id: None | str | Unset = UNSET

    source_asset_id: None | str | Unset = UNSET

    source_platform_asset_id: None | str | Unset = UNSET

    pending_blocks_metadata: None | PendingBlocksMetadataModel | Unset = UNSET

    pending_external_audios_metadata: None | PendingExternalAudiosMetadataModel | Unset = UNSET

    speech_imported: bool | Unset = UNSET

    pending_task: None | PendingClipTask | Unset = UNSET

    error: None | str | Unset = UNSET

    current_snapshot_id: None | str | Unset = UNSET

    source_context: (
        MusicExploreSongSourceContext | None | SfxSourceContext | SongSourceContext | UnknownVariant | Unset
    ) = UNSET

    analysis: AudioAnalysis | None | Unset = UNSET

    transcription: AssetTranscription | None | Unset = UNSET

    type_: Literal["audio"] | Unset = _attrs_field(
        default="audio",
        kw_only=True,
        alias="type",
        validator=types.tag("ProjectExternalAudioResponseModel", "type", "audio"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("external_audio_id", "external_audio_id", STR, required=True),
        Field("filename", "filename", STR, required=True),
        Field("signed_url", "signed_url", union(STR, NULL), required=True),
        Field("offset_ms", "offset_ms", INT, required=True),
        Field("duration_ms", "duration_ms", INT, required=True),
        Field("start_time_ms", "start_time_ms", INT, required=True),
        Field("end_time_ms", "end_time_ms", union(INT, NULL), required=True),
        Field("order", "order", STR, required=True),
        Field("track_id", "track_id", STR, required=True),
        Field("created_at_ms", "created_at_ms", INT, required=True),
        Field("updated_at_ms", "updated_at_ms", INT, required=True),
        Field("import_speech_progress", "import_speech_progress", union(FLOAT, NULL), required=True),
        Field("volume_gain_db", "volume_gain_db", FLOAT),
        Field("muted", "muted", BOOL),
        Field("fade_in_ms", "fade_in_ms", INT),
        Field("fade_out_ms", "fade_out_ms", INT),
        Field("source_external_audio_id", "source_external_audio_id", union(STR, NULL)),
        Field("source_asset_id", "source_asset_id", union(STR, NULL)),
        Field("source_platform_asset_id", "source_platform_asset_id", union(STR, NULL)),
        Field(
            "pending_blocks_metadata", "pending_blocks_metadata", union(object_of("PendingBlocksMetadataModel"), NULL)
        ),
        Field(
            "pending_external_audios_metadata",
            "pending_external_audios_metadata",
            union(object_of("PendingExternalAudiosMetadataModel"), NULL),
        ),
        Field("speech_imported", "speech_imported", BOOL),
        Field("pending_task", "pending_task", union(object_of("PendingClipTask"), NULL)),
        Field("error", "error", union(STR, NULL)),
        Field("current_snapshot_id", "current_snapshot_id", union(STR, NULL)),
        Field(
            "source_context",
            "source_context",
            union(
                object_of("SongSourceContext"),
                object_of("MusicExploreSongSourceContext"),
                object_of("SfxSourceContext"),
                object_of("UnknownVariant"),
                NULL,
            ),
        ),
        Field("analysis", "analysis", union(object_of("AudioAnalysis"), NULL)),
        Field("transcription", "transcription", union(object_of("AssetTranscription"), NULL)),
        Field("type_", "type", const("audio")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ProjectExternalAudioResponseModel, type_="type")


@_attrs_define(slots=False)
class ProjectImageResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    canvas_placement: Defines asset positioning and transformation on canvas.
    type_:  Default: 'image'.
    source:  Default: 'upload'.
    track_id: Defaults to 'v0' on the server.
    opacity: Defaults to 1.0 on the server.
    """

    image_id: str

    filename: str

    file_size_bytes: int

    width: int

    height: int

    offset_ms: int

    duration_ms: int

    order: str

    canvas_placement: CanvasPlacement

    created_at_ms: int

    updated_at_ms: int

    signed_url: None | str | Unset = UNSET

    thumbnail_signed_url: None | str | Unset = UNSET

    type_: Literal["image"] | Unset = _attrs_field(
        default="image",
        kw_only=True,
        alias="type",
        validator=types.tag("ProjectImageResponseModel", "type", "image"),
    )

    source: Literal["upload"] | Unset = _attrs_field(
        default="upload",
        kw_only=True,
        validator=types.tag("ProjectImageResponseModel", "source", "upload"),
    )

    track_id: str | Unset = UNSET

    animation: ClipAnimation | Unset = UNSET

    opacity: float | Unset = UNSET

    current_snapshot_id: None | str | Unset = UNSET

    source_asset_id: None | str | Unset = UNSET

    source_platform_asset_id: None | str | Unset = UNSET

    error: None | str | Unset = UNSET

    pending_task: None | PendingClipTask | Unset = UNSET

    analysis: ImageAnalysis | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("image_id", "image_id", STR, required=True),
        Field("filename", "filename", STR, required=True),
        Field("file_size_bytes", "file_size_bytes", INT, required=True),
        Field("width", "width", INT, required=True),
        Field("height", "height", INT, required=True),
        Field("offset_ms", "offset_ms", INT, required=True),
        Field("duration_ms", "duration_ms", INT, required=True),
        Field("order", "order", STR, required=True),
        Field("canvas_placement", "canvas_placement", object_of("CanvasPlacement"), required=True),
        Field("created_at_ms", "created_at_ms", INT, required=True),
        Field("updated_at_ms", "updated_at_ms", INT, required=True),
        Field("signed_url", "signed_url", union(STR, NULL)),
        Field("thumbnail_signed_url", "thumbnail_signed_url", union(STR, NULL)),
        Field("type_", "type", const("image")),
        Field("source", "source", const("upload")),
        Field("track_id", "track_id", STR),
        Field("animation", "animation", object_of("ClipAnimation")),
        Field("opacity", "opacity", FLOAT),
        Field("current_snapshot_id", "current_snapshot_id", union(STR, NULL)),
        Field("source_asset_id", "source_asset_id", union(STR, NULL)),
        Field("source_platform_asset_id", "source_platform_asset_id", union(STR, NULL)),
        Field("error", "error", union(STR, NULL)),
        Field("pending_task", "pending_task", union(object_of("PendingClipTask"), NULL)),
        Field("analysis", "analysis", union(object_of("ImageAnalysis"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ProjectImageResponseModel, type_="type")


@_attrs_define(slots=False)
class ProjectVideoResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    fade_in_ms: Defaults to 0 on the server.
    fade_out_ms: Defaults to 0 on the server.
    speech_imported: Defaults to False on the server.
    audio_track_ready: Defaults to True on the server.
    export_format_ready: Defaults to True on the server.
    type_:  Default: 'video'.
    canvas_placement: Defines asset positioning and transformation on canvas.
    playback_speed: Defaults to 1.0 on the server.
    opacity: Defaults to 1.0 on the server.
    track_id: Defaults to 'v0' on the server.
    """

    video_id: str

    filename: str

    signed_url: None | str = _attrs_field(default=None, kw_only=True)

    signed_preview_url: None | str = _attrs_field(default=None, kw_only=True)

    offset_ms: int

    duration_ms: int

    volume_gain_db: float

    muted: bool

    width: int

    height: int

    codec: str

    order: str

    created_at_ms: int

    updated_at_ms: int

    thumbnail_interval_seconds: float

    thumbnail_size: list[int]

    thumbnail_sheets: list[ProjectVideoThumbnailSheetResponseModel]

    start_time_ms: int

    end_time_ms: int | None = _attrs_field(default=None, kw_only=True)

    preview_job_progress: float

    import_speech_progress: float | None = None

    fade_in_ms: int | Unset = UNSET

    fade_out_ms: int | Unset = UNSET

    error: None | str | Unset = UNSET

    asset_preview_signed_url: None | str | Unset = UNSET

    source_video_id: None | str | Unset = UNSET

    source_asset_id: None | str | Unset = UNSET

    source_platform_asset_id: None | str | Unset = UNSET

    pending_blocks_metadata: None | PendingBlocksMetadataModel | Unset = UNSET

    pending_external_audios_metadata: None | PendingExternalAudiosMetadataModel | Unset = UNSET

    speech_imported: bool | Unset = UNSET

    pending_task: None | PendingClipTask | Unset = UNSET

    audio_track_ready: bool | Unset = UNSET

    export_format_ready: bool | Unset = UNSET

    current_snapshot_id: None | str | Unset = UNSET

    source_context: GenerationSourceContext | None | Unset = UNSET

    analysis: None | Unset | VideoAnalysis = UNSET

    transcription: AssetTranscription | None | Unset = UNSET

    type_: Literal["video"] | Unset = _attrs_field(
        default="video",
        kw_only=True,
        alias="type",
        validator=types.tag("ProjectVideoResponseModel", "type", "video"),
    )

    canvas_placement: CanvasPlacement | Unset = UNSET

    animation: ClipAnimation | Unset = UNSET

    playback_speed: float | Unset = UNSET

    opacity: float | Unset = UNSET

    track_id: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("video_id", "video_id", STR, required=True),
        Field("filename", "filename", STR, required=True),
        Field("signed_url", "signed_url", union(STR, NULL), required=True),
        Field("signed_preview_url", "signed_preview_url", union(STR, NULL), required=True),
        Field("offset_ms", "offset_ms", INT, required=True),
        Field("duration_ms", "duration_ms", INT, required=True),
        Field("volume_gain_db", "volume_gain_db", FLOAT, required=True),
        Field("muted", "muted", BOOL, required=True),
        Field("width", "width", INT, required=True),
        Field("height", "height", INT, required=True),
        Field("codec", "codec", STR, required=True),
        Field("order", "order", STR, required=True),
        Field("created_at_ms", "created_at_ms", INT, required=True),
        Field("updated_at_ms", "updated_at_ms", INT, required=True),
        Field("thumbnail_interval_seconds", "thumbnail_interval_seconds", FLOAT, required=True),
        Field("thumbnail_size", "thumbnail_size", list_of(union(INT)), required=True),
        Field(
            "thumbnail_sheets",
            "thumbnail_sheets",
            list_of(object_of("ProjectVideoThumbnailSheetResponseModel")),
            required=True,
        ),
        Field("start_time_ms", "start_time_ms", INT, required=True),
        Field("end_time_ms", "end_time_ms", union(INT, NULL), required=True),
        Field("preview_job_progress", "preview_job_progress", FLOAT, required=True),
        Field("import_speech_progress", "import_speech_progress", union(FLOAT, NULL), required=True),
        Field("fade_in_ms", "fade_in_ms", INT),
        Field("fade_out_ms", "fade_out_ms", INT),
        Field("error", "error", union(STR, NULL)),
        Field("asset_preview_signed_url", "asset_preview_signed_url", union(STR, NULL)),
        Field("source_video_id", "source_video_id", union(STR, NULL)),
        Field("source_asset_id", "source_asset_id", union(STR, NULL)),
        Field("source_platform_asset_id", "source_platform_asset_id", union(STR, NULL)),
        Field(
            "pending_blocks_metadata", "pending_blocks_metadata", union(object_of("PendingBlocksMetadataModel"), NULL)
        ),
        Field(
            "pending_external_audios_metadata",
            "pending_external_audios_metadata",
            union(object_of("PendingExternalAudiosMetadataModel"), NULL),
        ),
        Field("speech_imported", "speech_imported", BOOL),
        Field("pending_task", "pending_task", union(object_of("PendingClipTask"), NULL)),
        Field("audio_track_ready", "audio_track_ready", BOOL),
        Field("export_format_ready", "export_format_ready", BOOL),
        Field("current_snapshot_id", "current_snapshot_id", union(STR, NULL)),
        Field("source_context", "source_context", union(object_of("GenerationSourceContext"), NULL)),
        Field("analysis", "analysis", union(object_of("VideoAnalysis"), NULL)),
        Field("transcription", "transcription", union(object_of("AssetTranscription"), NULL)),
        Field("type_", "type", const("video")),
        Field("canvas_placement", "canvas_placement", object_of("CanvasPlacement")),
        Field("animation", "animation", object_of("ClipAnimation")),
        Field("playback_speed", "playback_speed", FLOAT),
        Field("opacity", "opacity", FLOAT),
        Field("track_id", "track_id", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ProjectVideoResponseModel, type_="type")


@_attrs_define(slots=False)
class ProjectVideoThumbnailSheetResponseModel(Lazy, AdditionalProperties[Any]):
    start_thumbnail_index: int

    thumbnail_count: int

    signed_cloud_url: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("start_thumbnail_index", "start_thumbnail_index", INT, required=True),
        Field("thumbnail_count", "thumbnail_count", INT, required=True),
        Field("signed_cloud_url", "signed_cloud_url", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ProjectVoiceResponseModel(Lazy, AdditionalProperties[Any]):
    project_voice_ref_id: str

    voice_id: str

    alias: str

    stability: float

    similarity_boost: float

    style: float

    is_pinned: bool

    use_speaker_boost: bool

    volume_gain: float

    speed: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("project_voice_ref_id", "project_voice_ref_id", STR, required=True),
        Field("voice_id", "voice_id", STR, required=True),
        Field("alias", "alias", STR, required=True),
        Field("stability", "stability", FLOAT, required=True),
        Field("similarity_boost", "similarity_boost", FLOAT, required=True),
        Field("style", "style", FLOAT, required=True),
        Field("is_pinned", "is_pinned", BOOL, required=True),
        Field("use_speaker_boost", "use_speaker_boost", BOOL, required=True),
        Field("volume_gain", "volume_gain", FLOAT, required=True),
        Field("speed", "speed", FLOAT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class PronunciationDictionaryLocatorResponseModel(Lazy, AdditionalProperties[Any]):
    pronunciation_dictionary_id: str

    version_id: None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("pronunciation_dictionary_id", "pronunciation_dictionary_id", STR, required=True),
        Field("version_id", "version_id", union(STR, NULL), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class PronunciationDictionaryVersionResponseModel(Lazy, AdditionalProperties[Any]):
    version_id: str

    version_rules_num: int

    pronunciation_dictionary_id: str

    dictionary_name: str

    version_name: str

    permission_on_resource: None | PronunciationDictionaryVersionResponseModelPermissionOnResourceType0 | str = (
        _attrs_field(default=None, kw_only=True)
    )

    created_by: str

    creation_time_unix: int

    archived_time_unix: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("version_id", "version_id", STR, required=True),
        Field("version_rules_num", "version_rules_num", INT, required=True),
        Field("pronunciation_dictionary_id", "pronunciation_dictionary_id", STR, required=True),
        Field("dictionary_name", "dictionary_name", STR, required=True),
        Field("version_name", "version_name", STR, required=True),
        Field(
            "permission_on_resource",
            "permission_on_resource",
            union(literal("PronunciationDictionaryVersionResponseModelPermissionOnResourceType0"), NULL, STR),
            required=True,
        ),
        Field("created_by", "created_by", STR, required=True),
        Field("creation_time_unix", "creation_time_unix", INT, required=True),
        Field("archived_time_unix", "archived_time_unix", union(INT, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ReadLegalTerms(Lazy, AdditionalProperties[Any]):
    terms: None | str | Unset = UNSET

    start_date: None | str | Unset = UNSET

    end_date: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("terms", "terms", union(STR, NULL)),
        Field("start_date", "start_date", union(STR, NULL)),
        Field("end_date", "end_date", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ReadMetadataChapterDbModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    has_parsed_html: Defaults to False on the server.
    has_summary: Defaults to False on the server.
    is_fallback_name: Defaults to False on the server.
    """

    chapter_name: str

    word_count: int

    char_count: int

    starting_char_offset: int

    has_parsed_html: bool | Unset = UNSET

    has_summary: bool | Unset = UNSET

    duration_seconds: float | None | Unset = UNSET

    file_number: None | str | Unset = UNSET

    is_fallback_name: bool | Unset = UNSET

    chapter_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("chapter_name", "chapter_name", STR, required=True),
        Field("word_count", "word_count", INT, required=True),
        Field("char_count", "char_count", INT, required=True),
        Field("starting_char_offset", "starting_char_offset", INT, required=True),
        Field("has_parsed_html", "has_parsed_html", BOOL),
        Field("has_summary", "has_summary", BOOL),
        Field("duration_seconds", "duration_seconds", union(FLOAT, NULL)),
        Field("file_number", "file_number", union(STR, NULL)),
        Field("is_fallback_name", "is_fallback_name", BOOL),
        Field("chapter_id", "chapter_id", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ReferenceVideo(Lazy, AdditionalProperties[Any]):
    generation_id: None | str | Unset = UNSET

    content_asset_id: None | str | Unset = UNSET

    template_node_id: None | str | Unset = UNSET

    studio_clip: None | StudioClipReference | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("generation_id", "generation_id", union(STR, NULL)),
        Field("content_asset_id", "content_asset_id", union(STR, NULL)),
        Field("template_node_id", "template_node_id", union(STR, NULL)),
        Field("studio_clip", "studio_clip", union(object_of("StudioClipReference"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ReviewResponseModel(Lazy, AdditionalProperties[Any]):
    review_status: ReviewResponseModelReviewStatusType0 | str

    reviewed_at_unix: int

    reviewed_by: None | str | Unset = UNSET

    reject_reasons: list[ReviewResponseModelRejectReasonsType0ItemType0 | str] | None | Unset = UNSET

    scores_breakdown: None | ReviewResponseModelScoresBreakdownType0 | Unset = UNSET

    rejected_details: None | str | Unset = UNSET

    explanation: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "review_status", "review_status", union(literal("ReviewResponseModelReviewStatusType0"), STR), required=True
        ),
        Field("reviewed_at_unix", "reviewed_at_unix", INT, required=True),
        Field("reviewed_by", "reviewed_by", union(STR, NULL)),
        Field(
            "reject_reasons",
            "reject_reasons",
            union(list_of(union(literal("ReviewResponseModelRejectReasonsType0ItemType0"), STR)), NULL),
        ),
        Field(
            "scores_breakdown", "scores_breakdown", union(object_of("ReviewResponseModelScoresBreakdownType0"), NULL)
        ),
        Field("rejected_details", "rejected_details", union(STR, NULL)),
        Field("explanation", "explanation", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ReviewResponseModelScoresBreakdownType0(Lazy, AdditionalProperties["int"]):
    additional_properties: dict[str, int] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(INT)),)


@_attrs_define(slots=False)
class SampleConfigDbModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    is_sample: Defaults to False on the server.
    """

    is_sample: bool | Unset = UNSET

    parent_id: None | str | Unset = UNSET

    parent_type: None | SampleConfigDbModelParentTypeType0 | str | Unset = UNSET

    chapter_ids: list[str] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("is_sample", "is_sample", BOOL),
        Field("parent_id", "parent_id", union(STR, NULL)),
        Field("parent_type", "parent_type", union(literal("SampleConfigDbModelParentTypeType0"), NULL, STR)),
        Field("chapter_ids", "chapter_ids", union(list_of(STR), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class SfxSourceContext(Lazy, AdditionalProperties[Any]):
    """Context for sound effect clips.

    Attributes:
        source_type:  Default: 'sfx'.
    """

    source_type: Literal["sfx"] | Unset = _attrs_field(
        default="sfx",
        kw_only=True,
        validator=types.tag("SfxSourceContext", "source_type", "sfx"),
    )

    sound_generation_history_item_id: None | str | Unset = UNSET

    text: None | str | Unset = UNSET

    generation_config: None | SfxSourceContextGenerationConfigType0 | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("source_type", "source_type", const("sfx")),
        Field("sound_generation_history_item_id", "sound_generation_history_item_id", union(STR, NULL)),
        Field("text", "text", union(STR, NULL)),
        Field(
            "generation_config", "generation_config", union(object_of("SfxSourceContextGenerationConfigType0"), NULL)
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class SfxSourceContextGenerationConfigType0(Lazy, AdditionalProperties[Any]):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


@_attrs_define(slots=False)
class SongSourceContext(Lazy, AdditionalProperties[Any]):
    """Attributes:
    source_type:  Default: 'song'.
    """

    song_id: str

    source_type: Literal["song"] | Unset = _attrs_field(
        default="song",
        kw_only=True,
        validator=types.tag("SongSourceContext", "source_type", "song"),
    )

    chat_id: None | str | Unset = UNSET

    title: None | str | Unset = UNSET

    description: None | str | Unset = UNSET

    genres: list[str] | Unset = UNSET

    languages: list[str] | Unset = UNSET

    is_explicit: bool | None | Unset = UNSET

    bpm: int | None | Unset = UNSET

    generation_settings: None | SongSourceContextGenerationSettingsType0 | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("song_id", "song_id", STR, required=True),
        Field("source_type", "source_type", const("song")),
        Field("chat_id", "chat_id", union(STR, NULL)),
        Field("title", "title", union(STR, NULL)),
        Field("description", "description", union(STR, NULL)),
        Field("genres", "genres", list_of(STR)),
        Field("languages", "languages", list_of(STR)),
        Field("is_explicit", "is_explicit", union(BOOL, NULL)),
        Field("bpm", "bpm", union(INT, NULL)),
        Field(
            "generation_settings",
            "generation_settings",
            union(object_of("SongSourceContextGenerationSettingsType0"), NULL),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class SongSourceContextGenerationSettingsType0(Lazy, AdditionalProperties[Any]):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


@_attrs_define(slots=False)
class StudioClipReference(Lazy, AdditionalProperties[Any]):
    project_id: str

    chapter_id: str

    clip_type: str | StudioClipReferenceClipTypeType0

    clip_id: str

    block_id: None | str | Unset = UNSET

    preview_url: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("project_id", "project_id", STR, required=True),
        Field("chapter_id", "chapter_id", STR, required=True),
        Field("clip_type", "clip_type", union(literal("StudioClipReferenceClipTypeType0"), STR), required=True),
        Field("clip_id", "clip_id", STR, required=True),
        Field("block_id", "block_id", union(STR, NULL)),
        Field("preview_url", "preview_url", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class VideoAnalysis(Lazy, AdditionalProperties[Any]):
    status: str | VideoAnalysisStatusType0

    data: None | VideoAnalysisResult = None

    updated_at_ms: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("status", "status", union(literal("VideoAnalysisStatusType0"), STR), required=True),
        Field("data", "data", union(object_of("VideoAnalysisResult"), NULL), required=True),
        Field("updated_at_ms", "updated_at_ms", INT),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class VideoAnalysisResult(Lazy, AdditionalProperties[Any]):
    title: str

    description: str

    content_type: None | str | Unset = UNSET

    overall_pacing: None | str | Unset = UNSET

    subjects: list[VideoSubject] | Unset = UNSET

    segments: list[VideoSegment] | Unset = UNSET

    key_moments: list[VideoKeyMoment] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("title", "title", STR, required=True),
        Field("description", "description", STR, required=True),
        Field("content_type", "content_type", union(STR, NULL)),
        Field("overall_pacing", "overall_pacing", union(STR, NULL)),
        Field("subjects", "subjects", list_of(object_of("VideoSubject"))),
        Field("segments", "segments", list_of(object_of("VideoSegment"))),
        Field("key_moments", "key_moments", list_of(object_of("VideoKeyMoment"))),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class VideoKeyMoment(Lazy, AdditionalProperties[Any]):
    timestamp_ms: int

    type_: str

    description: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("timestamp_ms", "timestamp_ms", INT, required=True),
        Field("type_", "type", STR, required=True),
        Field("description", "description", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class VideoSegment(Lazy, AdditionalProperties[Any]):
    """Attributes:
    has_speech: Defaults to False on the server.
    has_music: Defaults to False on the server.
    """

    start_ms: int

    end_ms: int

    description: str

    subjects: list[str] | Unset = UNSET

    shot_type: None | str | Unset = UNSET

    camera_movement: None | str | Unset = UNSET

    transition_in: None | str | Unset = UNSET

    has_speech: bool | Unset = UNSET

    has_music: bool | Unset = UNSET

    pacing: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("start_ms", "start_ms", INT, required=True),
        Field("end_ms", "end_ms", INT, required=True),
        Field("description", "description", STR, required=True),
        Field("subjects", "subjects", list_of(STR)),
        Field("shot_type", "shot_type", union(STR, NULL)),
        Field("camera_movement", "camera_movement", union(STR, NULL)),
        Field("transition_in", "transition_in", union(STR, NULL)),
        Field("has_speech", "has_speech", BOOL),
        Field("has_music", "has_music", BOOL),
        Field("pacing", "pacing", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class VideoSubject(Lazy, AdditionalProperties[Any]):
    name: str

    description: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("description", "description", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.asset_transcription import AssetTranscription
from ..models.canvas_placement import CanvasPlacement
from ..models.caption_style_model import CaptionStyleModel
from ..models.chapter_response import ChapterResponse
from ..models.clip_animation import ClipAnimation
from ..models.pending_blocks_metadata_model import PendingBlocksMetadataModel
from ..models.pending_clip_task import PendingClipTask
from ..models.pending_external_audios_metadata_model import PendingExternalAudiosMetadataModel
from ..models.project_creation_meta_response_model import ProjectCreationMetaResponseModel
from ..models.studio_agent_settings_model import StudioAgentSettingsModel
from ..models.unknown_variant import UnknownVariant
from ..models.voice import Voice
