from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    DirectPublishingReadResponseModelDisplayModeType0,
    DirectPublishingReadResponseModelGenreType0ItemType0,
    DirectPublishingReadResponseModelPayoutTypeType0,
    DirectPublishingReadResponseModelTargetAudienceType0,
)
from ..types import (
    ANY,
    BOOL,
    FLOAT,
    INT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.contributor import Contributor
from ..models.preview_audio_db_model import PreviewAudioDbModel
from ..models.read_legal_terms import ReadLegalTerms
from ..models.read_metadata_chapter_db_model import ReadMetadataChapterDbModel
from ..models.review_response_model import ReviewResponseModel
from ..models.sample_config_db_model import SampleConfigDbModel
