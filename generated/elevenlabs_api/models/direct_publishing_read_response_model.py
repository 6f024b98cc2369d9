from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    DirectPublishingReadResponseModelDisplayModeType0,
    DirectPublishingReadResponseModelGenreType0ItemType0,
    DirectPublishingReadResponseModelPayoutTypeType0,
    DirectPublishingReadResponseModelTargetAudienceType0,
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
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="DirectPublishingReadResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DirectPublishingReadResponseModel(Lazy):
    """Attributes:
    read_id (str):
    created_at_unix (int):
    updated_at_unix (int):
    word_count (int):
    char_count (int):
    chapters (list[ReadMetadataChapterDbModel]):
    title (None | str | Unset):
    author (None | str | Unset):
    description (None | str | Unset):
    article_image_url (None | str | Unset):
    language (None | str | Unset):
    locale (None | str | Unset):
    display_mode (DirectPublishingReadResponseModelDisplayModeType0 | None | str | Unset):
    genre (list[DirectPublishingReadResponseModelGenreType0ItemType0 | str] | None | Unset):
    fiction (None | str | Unset):
    content_type (None | str | Unset):
    original_file_type (None | str | Unset):
    target_audience (DirectPublishingReadResponseModelTargetAudienceType0 | None | str | Unset):
    mature_content (bool | None | Unset):
    safesearch_adult (bool | None | Unset):
    origin (None | str | Unset):
    publication_date (None | str | Unset):
    isbn (None | str | Unset):
    ean (None | str | Unset):
    legal_terms (None | ReadLegalTerms | Unset):
    content_guidelines_terms (None | ReadLegalTerms | Unset):
    last_updated_from_project_unix (int | None | Unset):
    publishing_project_id (None | str | Unset):
    publishing_state (str | Unset): Defaults to 'published' on the server.
    publisher_profile_id (None | str | Unset):
    quality_score (int | None | Unset):
    publisher (None | str | Unset):
    copyright_ (None | str | Unset):
    subtitle (None | str | Unset):
    distribution_territories (list[str] | None | Unset):
    edition (None | str | Unset):
    contributors (list[Contributor] | None | Unset):
    payout_type (DirectPublishingReadResponseModelPayoutTypeType0 | None | str | Unset):
    list_price (float | None | Unset):
    currency (Literal['usd'] | None | Unset):
    original_audio_project_export_id (None | str | Unset):
    original_audio_document_id (None | str | Unset):
    series_id (None | str | Unset):
    volume (int | None | Unset):
    published_at_unix (int | None | Unset):
    read_slug (None | str | Unset):
    preview_audio_object (None | PreviewAudioDbModel | Unset):
    sample_config (None | SampleConfigDbModel | Unset):
    review (None | ReviewResponseModel | Unset):
    voice_id (None | str | Unset):
    can_use_assistant (bool | Unset): Defaults to True on the server.
    is_voice_changer_on (bool | Unset): Defaults to False on the server.
    restricted_to_user_email_domains (list[str] | None | Unset):
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "read_id",
        "created_at_unix",
        "updated_at_unix",
        "word_count",
        "char_count",
        "chapters",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        read_id = self.read_id

        created_at_unix = self.created_at_unix

        updated_at_unix = self.updated_at_unix

        word_count = self.word_count

        char_count = self.char_count

        chapters: Any
        try:
            chapters = []
            for chapters_item_data in self.chapters:
                chapters_item = chapters_item_data.to_dict()
                chapters.append(chapters_item)

        except (AttributeError, TypeError):
            chapters = self.chapters

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

        article_image_url: Any
        try:
            article_image_url = self.article_image_url

        except (AttributeError, TypeError):
            article_image_url = self.article_image_url

        language: Any
        try:
            language = self.language

        except (AttributeError, TypeError):
            language = self.language

        locale: Any
        try:
            locale = self.locale

        except (AttributeError, TypeError):
            locale = self.locale

        display_mode: Any
        try:
            if isinstance(self.display_mode, Unset):
                display_mode = UNSET
            elif isinstance(self.display_mode, str):
                display_mode = self.display_mode
            else:
                display_mode = self.display_mode

        except (AttributeError, TypeError):
            display_mode = self.display_mode

        genre: Any
        try:
            if isinstance(self.genre, Unset):
                genre = UNSET
            elif isinstance(self.genre, list):
                genre = []
                for genre_type_0_item_data in self.genre:
                    genre_type_0_item: str
                    if isinstance(genre_type_0_item_data, str):
                        genre_type_0_item = genre_type_0_item_data
                    else:
                        genre_type_0_item = genre_type_0_item_data

                    genre.append(genre_type_0_item)

            else:
                genre = self.genre

        except (AttributeError, TypeError):
            genre = self.genre

        fiction: Any
        try:
            fiction = self.fiction

        except (AttributeError, TypeError):
            fiction = self.fiction

        content_type: Any
        try:
            content_type = self.content_type

        except (AttributeError, TypeError):
            content_type = self.content_type

        original_file_type: Any
        try:
            original_file_type = self.original_file_type

        except (AttributeError, TypeError):
            original_file_type = self.original_file_type

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

        mature_content: Any
        try:
            mature_content = self.mature_content

        except (AttributeError, TypeError):
            mature_content = self.mature_content

        safesearch_adult: Any
        try:
            safesearch_adult = self.safesearch_adult

        except (AttributeError, TypeError):
            safesearch_adult = self.safesearch_adult

        origin: Any
        try:
            origin = self.origin

        except (AttributeError, TypeError):
            origin = self.origin

        publication_date: Any
        try:
            publication_date = self.publication_date

        except (AttributeError, TypeError):
            publication_date = self.publication_date

        isbn: Any
        try:
            isbn = self.isbn

        except (AttributeError, TypeError):
            isbn = self.isbn

        ean: Any
        try:
            ean = self.ean

        except (AttributeError, TypeError):
            ean = self.ean

        legal_terms: Any
        try:
            if isinstance(self.legal_terms, Unset):
                legal_terms = UNSET
            elif isinstance(self.legal_terms, ReadLegalTerms):
                legal_terms = self.legal_terms.to_dict()
            else:
                legal_terms = self.legal_terms

        except (AttributeError, TypeError):
            legal_terms = self.legal_terms

        content_guidelines_terms: Any
        try:
            if isinstance(self.content_guidelines_terms, Unset):
                content_guidelines_terms = UNSET
            elif isinstance(self.content_guidelines_terms, ReadLegalTerms):
                content_guidelines_terms = self.content_guidelines_terms.to_dict()
            else:
                content_guidelines_terms = self.content_guidelines_terms

        except (AttributeError, TypeError):
            content_guidelines_terms = self.content_guidelines_terms

        last_updated_from_project_unix: Any
        try:
            last_updated_from_project_unix = self.last_updated_from_project_unix

        except (AttributeError, TypeError):
            last_updated_from_project_unix = self.last_updated_from_project_unix

        publishing_project_id: Any
        try:
            publishing_project_id = self.publishing_project_id

        except (AttributeError, TypeError):
            publishing_project_id = self.publishing_project_id

        publishing_state = self.publishing_state

        publisher_profile_id: Any
        try:
            publisher_profile_id = self.publisher_profile_id

        except (AttributeError, TypeError):
            publisher_profile_id = self.publisher_profile_id

        quality_score: Any
        try:
            quality_score = self.quality_score

        except (AttributeError, TypeError):
            quality_score = self.quality_score

        publisher: Any
        try:
            publisher = self.publisher

        except (AttributeError, TypeError):
            publisher = self.publisher

        copyright_: Any
        try:
            copyright_ = self.copyright_

        except (AttributeError, TypeError):
            copyright_ = self.copyright_

        subtitle: Any
        try:
            subtitle = self.subtitle

        except (AttributeError, TypeError):
            subtitle = self.subtitle

        distribution_territories: Any
        try:
            if isinstance(self.distribution_territories, Unset):
                distribution_territories = UNSET
            elif isinstance(self.distribution_territories, list):
                distribution_territories = self.distribution_territories

            else:
                distribution_territories = self.distribution_territories

        except (AttributeError, TypeError):
            distribution_territories = self.distribution_territories

        edition: Any
        try:
            edition = self.edition

        except (AttributeError, TypeError):
            edition = self.edition

        contributors: Any
        try:
            if isinstance(self.contributors, Unset):
                contributors = UNSET
            elif isinstance(self.contributors, list):
                contributors = []
                for contributors_type_0_item_data in self.contributors:
                    contributors_type_0_item = contributors_type_0_item_data.to_dict()
                    contributors.append(contributors_type_0_item)

            else:
                contributors = self.contributors

        except (AttributeError, TypeError):
            contributors = self.contributors

        payout_type: Any
        try:
            if isinstance(self.payout_type, Unset):
                payout_type = UNSET
            elif isinstance(self.payout_type, str):
                payout_type = self.payout_type
            else:
                payout_type = self.payout_type

        except (AttributeError, TypeError):
            payout_type = self.payout_type

        list_price: Any
        try:
            list_price = self.list_price

        except (AttributeError, TypeError):
            list_price = self.list_price

        currency: Any
        try:
            currency = self.currency

        except (AttributeError, TypeError):
            currency = self.currency

        original_audio_project_export_id: Any
        try:
            original_audio_project_export_id = self.original_audio_project_export_id

        except (AttributeError, TypeError):
            original_audio_project_export_id = self.original_audio_project_export_id

        original_audio_document_id: Any
        try:
            original_audio_document_id = self.original_audio_document_id

        except (AttributeError, TypeError):
            original_audio_document_id = self.original_audio_document_id

        series_id: Any
        try:
            series_id = self.series_id

        except (AttributeError, TypeError):
            series_id = self.series_id

        volume: Any
        try:
            volume = self.volume

        except (AttributeError, TypeError):
            volume = self.volume

        published_at_unix: Any
        try:
            published_at_unix = self.published_at_unix

        except (AttributeError, TypeError):
            published_at_unix = self.published_at_unix

        read_slug: Any
        try:
            read_slug = self.read_slug

        except (AttributeError, TypeError):
            read_slug = self.read_slug

        preview_audio_object: Any
        try:
            if isinstance(self.preview_audio_object, Unset):
                preview_audio_object = UNSET
            elif isinstance(self.preview_audio_object, PreviewAudioDbModel):
                preview_audio_object = self.preview_audio_object.to_dict()
            else:
                preview_audio_object = self.preview_audio_object

        except (AttributeError, TypeError):
            preview_audio_object = self.preview_audio_object

        sample_config: Any
        try:
            if isinstance(self.sample_config, Unset):
                sample_config = UNSET
            elif isinstance(self.sample_config, SampleConfigDbModel):
                sample_config = self.sample_config.to_dict()
            else:
                sample_config = self.sample_config

        except (AttributeError, TypeError):
            sample_config = self.sample_config

        review: Any
        try:
            if isinstance(self.review, Unset):
                review = UNSET
            elif isinstance(self.review, ReviewResponseModel):
                review = self.review.to_dict()
            else:
                review = self.review

        except (AttributeError, TypeError):
            review = self.review

        voice_id: Any
        try:
            voice_id = self.voice_id

        except (AttributeError, TypeError):
            voice_id = self.voice_id

        can_use_assistant = self.can_use_assistant

        is_voice_changer_on = self.is_voice_changer_on

        restricted_to_user_email_domains: Any
        try:
            if isinstance(self.restricted_to_user_email_domains, Unset):
                restricted_to_user_email_domains = UNSET
            elif isinstance(self.restricted_to_user_email_domains, list):
                restricted_to_user_email_domains = self.restricted_to_user_email_domains

            else:
                restricted_to_user_email_domains = self.restricted_to_user_email_domains

        except (AttributeError, TypeError):
            restricted_to_user_email_domains = self.restricted_to_user_email_domains

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if read_id is not None or "read_id" not in self._missing_fields:
            field_dict["read_id"] = read_id
        if created_at_unix is not None or "created_at_unix" not in self._missing_fields:
            field_dict["created_at_unix"] = created_at_unix
        if updated_at_unix is not None or "updated_at_unix" not in self._missing_fields:
            field_dict["updated_at_unix"] = updated_at_unix
        if word_count is not None or "word_count" not in self._missing_fields:
            field_dict["word_count"] = word_count
        if char_count is not None or "char_count" not in self._missing_fields:
            field_dict["char_count"] = char_count
        if chapters is not None or "chapters" not in self._missing_fields:
            field_dict["chapters"] = chapters
        if title is not UNSET:
            field_dict["title"] = title
        if author is not UNSET:
            field_dict["author"] = author
        if description is not UNSET:
            field_dict["description"] = description
        if article_image_url is not UNSET:
            field_dict["article_image_url"] = article_image_url
        if language is not UNSET:
            field_dict["language"] = language
        if locale is not UNSET:
            field_dict["locale"] = locale
        if display_mode is not UNSET:
            field_dict["display_mode"] = display_mode
        if genre is not UNSET:
            field_dict["genre"] = genre
        if fiction is not UNSET:
            field_dict["fiction"] = fiction
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if original_file_type is not UNSET:
            field_dict["original_file_type"] = original_file_type
        if target_audience is not UNSET:
            field_dict["target_audience"] = target_audience
        if mature_content is not UNSET:
            field_dict["mature_content"] = mature_content
        if safesearch_adult is not UNSET:
            field_dict["safesearch_adult"] = safesearch_adult
        if origin is not UNSET:
            field_dict["origin"] = origin
        if publication_date is not UNSET:
            field_dict["publication_date"] = publication_date
        if isbn is not UNSET:
            field_dict["isbn"] = isbn
        if ean is not UNSET:
            field_dict["ean"] = ean
        if legal_terms is not UNSET:
            field_dict["legal_terms"] = legal_terms
        if content_guidelines_terms is not UNSET:
            field_dict["content_guidelines_terms"] = content_guidelines_terms
        if last_updated_from_project_unix is not UNSET:
            field_dict["last_updated_from_project_unix"] = last_updated_from_project_unix
        if publishing_project_id is not UNSET:
            field_dict["publishing_project_id"] = publishing_project_id
        if publishing_state is not UNSET:
            field_dict["publishing_state"] = publishing_state
        if publisher_profile_id is not UNSET:
            field_dict["publisher_profile_id"] = publisher_profile_id
        if quality_score is not UNSET:
            field_dict["quality_score"] = quality_score
        if publisher is not UNSET:
            field_dict["publisher"] = publisher
        if copyright_ is not UNSET:
            field_dict["copyright"] = copyright_
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if distribution_territories is not UNSET:
            field_dict["distribution_territories"] = distribution_territories
        if edition is not UNSET:
            field_dict["edition"] = edition
        if contributors is not UNSET:
            field_dict["contributors"] = contributors
        if payout_type is not UNSET:
            field_dict["payout_type"] = payout_type
        if list_price is not UNSET:
            field_dict["list_price"] = list_price
        if currency is not UNSET:
            field_dict["currency"] = currency
        if original_audio_project_export_id is not UNSET:
            field_dict["original_audio_project_export_id"] = original_audio_project_export_id
        if original_audio_document_id is not UNSET:
            field_dict["original_audio_document_id"] = original_audio_document_id
        if series_id is not UNSET:
            field_dict["series_id"] = series_id
        if volume is not UNSET:
            field_dict["volume"] = volume
        if published_at_unix is not UNSET:
            field_dict["published_at_unix"] = published_at_unix
        if read_slug is not UNSET:
            field_dict["read_slug"] = read_slug
        if preview_audio_object is not UNSET:
            field_dict["preview_audio_object"] = preview_audio_object
        if sample_config is not UNSET:
            field_dict["sample_config"] = sample_config
        if review is not UNSET:
            field_dict["review"] = review
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if can_use_assistant is not UNSET:
            field_dict["can_use_assistant"] = can_use_assistant
        if is_voice_changer_on is not UNSET:
            field_dict["is_voice_changer_on"] = is_voice_changer_on
        if restricted_to_user_email_domains is not UNSET:
            field_dict["restricted_to_user_email_domains"] = restricted_to_user_email_domains
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        direct_publishing_read_response_model = cls.__new__(cls)
        direct_publishing_read_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return direct_publishing_read_response_model

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


_read_read_id = plain_reader("read_id", (str,), "a string", True)

_read_created_at_unix = plain_reader("created_at_unix", (int,), "an integer", True)

_read_updated_at_unix = plain_reader("updated_at_unix", (int,), "an integer", True)

_read_word_count = plain_reader("word_count", (int,), "an integer", True)

_read_char_count = plain_reader("char_count", (int,), "an integer", True)


def _read_chapters(cls: type[DirectPublishingReadResponseModel], d: Mapping[str, Any]) -> Any:
    chapters_raw = d.get("chapters", MISSING)
    if chapters_raw is MISSING:
        chapters = missing_field(cls, "chapters")
    else:
        try:
            expect_array("chapters", chapters_raw)
            chapters = []
            _chapters = chapters_raw
            for chapters_item_data in _chapters:
                chapters_item = ReadMetadataChapterDbModel.from_dict(chapters_item_data)

                chapters.append(chapters_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            chapters = deviating_field(cls, "chapters", chapters_raw)

    return chapters


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

_read_article_image_url = plain_reader(
    "article_image_url",
    (
        str,
        type(None),
    ),
    "a string or null",
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

_read_locale = plain_reader(
    "locale",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_display_mode = plain_reader(
    "display_mode",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)


def _read_genre(cls: type[DirectPublishingReadResponseModel], d: Mapping[str, Any]) -> Any:
    genre_raw = d.get("genre", UNSET)
    try:

        def _parse_genre(
            data: object,
        ) -> list[DirectPublishingReadResponseModelGenreType0ItemType0 | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            genre_type_0 = []
            _genre_type_0 = data
            for genre_type_0_item_data in _genre_type_0:
                genre_type_0_item = genre_type_0_item_data

                genre_type_0.append(genre_type_0_item)

            return genre_type_0

        genre = _parse_genre(genre_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        genre = deviating_field(cls, "genre", genre_raw)

    return genre


_read_fiction = plain_reader(
    "fiction",
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

_read_original_file_type = plain_reader(
    "original_file_type",
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

_read_mature_content = plain_reader(
    "mature_content",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)

_read_safesearch_adult = plain_reader(
    "safesearch_adult",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)

_read_origin = plain_reader(
    "origin",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_publication_date = plain_reader(
    "publication_date",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_isbn = plain_reader(
    "isbn",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_ean = plain_reader(
    "ean",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_legal_terms(cls: type[DirectPublishingReadResponseModel], d: Mapping[str, Any]) -> Any:
    legal_terms_raw = d.get("legal_terms", UNSET)
    try:

        def _parse_legal_terms(data: object) -> None | ReadLegalTerms | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            legal_terms_type_0 = ReadLegalTerms.from_dict(data)

            return legal_terms_type_0

        legal_terms = _parse_legal_terms(legal_terms_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        legal_terms = deviating_field(cls, "legal_terms", legal_terms_raw)

    return legal_terms


def _read_content_guidelines_terms(cls: type[DirectPublishingReadResponseModel], d: Mapping[str, Any]) -> Any:
    content_guidelines_terms_raw = d.get("content_guidelines_terms", UNSET)
    try:

        def _parse_content_guidelines_terms(data: object) -> None | ReadLegalTerms | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            content_guidelines_terms_type_0 = ReadLegalTerms.from_dict(data)

            return content_guidelines_terms_type_0

        content_guidelines_terms = _parse_content_guidelines_terms(content_guidelines_terms_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        content_guidelines_terms = deviating_field(cls, "content_guidelines_terms", content_guidelines_terms_raw)

    return content_guidelines_terms


_read_last_updated_from_project_unix = plain_reader(
    "last_updated_from_project_unix",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_publishing_project_id = plain_reader(
    "publishing_project_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_publishing_state = plain_reader("publishing_state", (str,), "a string", False)

_read_publisher_profile_id = plain_reader(
    "publisher_profile_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_quality_score = plain_reader(
    "quality_score",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_publisher = plain_reader(
    "publisher",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_copyright_ = plain_reader(
    "copyright",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_subtitle = plain_reader(
    "subtitle",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_distribution_territories = plain_reader(
    "distribution_territories",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)

_read_edition = plain_reader(
    "edition",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_contributors(cls: type[DirectPublishingReadResponseModel], d: Mapping[str, Any]) -> Any:
    contributors_raw = d.get("contributors", UNSET)
    try:

        def _parse_contributors(data: object) -> list[Contributor] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            contributors_type_0 = []
            _contributors_type_0 = data
            for contributors_type_0_item_data in _contributors_type_0:
                contributors_type_0_item = Contributor.from_dict(contributors_type_0_item_data)

                contributors_type_0.append(contributors_type_0_item)

            return contributors_type_0

        contributors = _parse_contributors(contributors_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        contributors = deviating_field(cls, "contributors", contributors_raw)

    return contributors


_read_payout_type = plain_reader(
    "payout_type",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)

_read_list_price = plain_reader(
    "list_price",
    (
        float,
        int,
        type(None),
    ),
    "a number or null",
    False,
)


def _read_currency(cls: type[DirectPublishingReadResponseModel], d: Mapping[str, Any]) -> Any:
    currency_raw = d.get("currency", UNSET)
    try:

        def _parse_currency(data: object) -> Literal["usd"] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            currency_type_0 = cast(Literal["usd"], data)
            if currency_type_0 != "usd":
                raise ValueError(f"currency_type_0 must match const 'usd', got '{currency_type_0}'")
            return currency_type_0

        currency = _parse_currency(currency_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        currency = deviating_field(cls, "currency", currency_raw)

    return currency


_read_original_audio_project_export_id = plain_reader(
    "original_audio_project_export_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_original_audio_document_id = plain_reader(
    "original_audio_document_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_series_id = plain_reader(
    "series_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_volume = plain_reader(
    "volume",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_published_at_unix = plain_reader(
    "published_at_unix",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_read_slug = plain_reader(
    "read_slug",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_preview_audio_object(cls: type[DirectPublishingReadResponseModel], d: Mapping[str, Any]) -> Any:
    preview_audio_object_raw = d.get("preview_audio_object", UNSET)
    try:

        def _parse_preview_audio_object(data: object) -> None | PreviewAudioDbModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            preview_audio_object_type_0 = PreviewAudioDbModel.from_dict(data)

            return preview_audio_object_type_0

        preview_audio_object = _parse_preview_audio_object(preview_audio_object_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        preview_audio_object = deviating_field(cls, "preview_audio_object", preview_audio_object_raw)

    return preview_audio_object


def _read_sample_config(cls: type[DirectPublishingReadResponseModel], d: Mapping[str, Any]) -> Any:
    sample_config_raw = d.get("sample_config", UNSET)
    try:

        def _parse_sample_config(data: object) -> None | SampleConfigDbModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            sample_config_type_0 = SampleConfigDbModel.from_dict(data)

            return sample_config_type_0

        sample_config = _parse_sample_config(sample_config_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        sample_config = deviating_field(cls, "sample_config", sample_config_raw)

    return sample_config


def _read_review(cls: type[DirectPublishingReadResponseModel], d: Mapping[str, Any]) -> Any:
    review_raw = d.get("review", UNSET)
    try:

        def _parse_review(data: object) -> None | ReviewResponseModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            review_type_0 = ReviewResponseModel.from_dict(data)

            return review_type_0

        review = _parse_review(review_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        review = deviating_field(cls, "review", review_raw)

    return review


_read_voice_id = plain_reader(
    "voice_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_can_use_assistant = plain_reader("can_use_assistant", (bool,), "a boolean", False)

_read_is_voice_changer_on = plain_reader("is_voice_changer_on", (bool,), "a boolean", False)

_read_restricted_to_user_email_domains = plain_reader(
    "restricted_to_user_email_domains",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)


_FIELDS: frozenset[str] = frozenset(
    (
        "read_id",
        "created_at_unix",
        "updated_at_unix",
        "word_count",
        "char_count",
        "chapters",
        "title",
        "author",
        "description",
        "article_image_url",
        "language",
        "locale",
        "display_mode",
        "genre",
        "fiction",
        "content_type",
        "original_file_type",
        "target_audience",
        "mature_content",
        "safesearch_adult",
        "origin",
        "publication_date",
        "isbn",
        "ean",
        "legal_terms",
        "content_guidelines_terms",
        "last_updated_from_project_unix",
        "publishing_project_id",
        "publishing_state",
        "publisher_profile_id",
        "quality_score",
        "publisher",
        "copyright",
        "subtitle",
        "distribution_territories",
        "edition",
        "contributors",
        "payout_type",
        "list_price",
        "currency",
        "original_audio_project_export_id",
        "original_audio_document_id",
        "series_id",
        "volume",
        "published_at_unix",
        "read_slug",
        "preview_audio_object",
        "sample_config",
        "review",
        "voice_id",
        "can_use_assistant",
        "is_voice_changer_on",
        "restricted_to_user_email_domains",
    )
)


def _read_additional_properties(cls: type[DirectPublishingReadResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[DirectPublishingReadResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    read_id = d.get("read_id", MISSING)
    if read_id.__class__ is not str:
        read_id = _read_read_id(cls, d)

    created_at_unix = d.get("created_at_unix", MISSING)
    if created_at_unix.__class__ is not int:
        created_at_unix = _read_created_at_unix(cls, d)

    updated_at_unix = d.get("updated_at_unix", MISSING)
    if updated_at_unix.__class__ is not int:
        updated_at_unix = _read_updated_at_unix(cls, d)

    word_count = d.get("word_count", MISSING)
    if word_count.__class__ is not int:
        word_count = _read_word_count(cls, d)

    char_count = d.get("char_count", MISSING)
    if char_count.__class__ is not int:
        char_count = _read_char_count(cls, d)

    if "chapters" in known:
        chapters = known["chapters"]
    else:
        chapters = _read_chapters(cls, d)

    title = d.get("title", UNSET)
    if title.__class__ is not str and title is not None and title is not UNSET:
        title = _read_title(cls, d)

    author = d.get("author", UNSET)
    if author.__class__ is not str and author is not None and author is not UNSET:
        author = _read_author(cls, d)

    description = d.get("description", UNSET)
    if description.__class__ is not str and description is not None and description is not UNSET:
        description = _read_description(cls, d)

    article_image_url = d.get("article_image_url", UNSET)
    if article_image_url.__class__ is not str and article_image_url is not None and article_image_url is not UNSET:
        article_image_url = _read_article_image_url(cls, d)

    language = d.get("language", UNSET)
    if language.__class__ is not str and language is not None and language is not UNSET:
        language = _read_language(cls, d)

    locale = d.get("locale", UNSET)
    if locale.__class__ is not str and locale is not None and locale is not UNSET:
        locale = _read_locale(cls, d)

    display_mode = d.get("display_mode", UNSET)
    if display_mode is not None and display_mode.__class__ is not str and display_mode is not UNSET:
        display_mode = _read_display_mode(cls, d)

    if "genre" in known:
        genre = known["genre"]
    else:
        genre = d.get("genre", UNSET)
        if genre is not UNSET and genre is not None:
            genre = _read_genre(cls, d)

    fiction = d.get("fiction", UNSET)
    if fiction.__class__ is not str and fiction is not None and fiction is not UNSET:
        fiction = _read_fiction(cls, d)

    content_type = d.get("content_type", UNSET)
    if content_type.__class__ is not str and content_type is not None and content_type is not UNSET:
        content_type = _read_content_type(cls, d)

    original_file_type = d.get("original_file_type", UNSET)
    if original_file_type.__class__ is not str and original_file_type is not None and original_file_type is not UNSET:
        original_file_type = _read_original_file_type(cls, d)

    target_audience = d.get("target_audience", UNSET)
    if target_audience is not None and target_audience.__class__ is not str and target_audience is not UNSET:
        target_audience = _read_target_audience(cls, d)

    mature_content = d.get("mature_content", UNSET)
    if mature_content.__class__ is not bool and mature_content is not None and mature_content is not UNSET:
        mature_content = _read_mature_content(cls, d)

    safesearch_adult = d.get("safesearch_adult", UNSET)
    if safesearch_adult.__class__ is not bool and safesearch_adult is not None and safesearch_adult is not UNSET:
        safesearch_adult = _read_safesearch_adult(cls, d)

    origin = d.get("origin", UNSET)
    if origin.__class__ is not str and origin is not None and origin is not UNSET:
        origin = _read_origin(cls, d)

    publication_date = d.get("publication_date", UNSET)
    if publication_date.__class__ is not str and publication_date is not None and publication_date is not UNSET:
        publication_date = _read_publication_date(cls, d)

    isbn = d.get("isbn", UNSET)
    if isbn.__class__ is not str and isbn is not None and isbn is not UNSET:
        isbn = _read_isbn(cls, d)

    ean = d.get("ean", UNSET)
    if ean.__class__ is not str and ean is not None and ean is not UNSET:
        ean = _read_ean(cls, d)

    if "legal_terms" in known:
        legal_terms = known["legal_terms"]
    else:
        legal_terms = d.get("legal_terms", UNSET)
        if legal_terms is not UNSET and legal_terms is not None:
            legal_terms = _read_legal_terms(cls, d)

    if "content_guidelines_terms" in known:
        content_guidelines_terms = known["content_guidelines_terms"]
    else:
        content_guidelines_terms = d.get("content_guidelines_terms", UNSET)
        if content_guidelines_terms is not UNSET and content_guidelines_terms is not None:
            content_guidelines_terms = _read_content_guidelines_terms(cls, d)

    last_updated_from_project_unix = d.get("last_updated_from_project_unix", UNSET)
    if (
        last_updated_from_project_unix.__class__ is not int
        and last_updated_from_project_unix is not None
        and last_updated_from_project_unix is not UNSET
    ):
        last_updated_from_project_unix = _read_last_updated_from_project_unix(cls, d)

    publishing_project_id = d.get("publishing_project_id", UNSET)
    if (
        publishing_project_id.__class__ is not str
        and publishing_project_id is not None
        and publishing_project_id is not UNSET
    ):
        publishing_project_id = _read_publishing_project_id(cls, d)

    publishing_state = d.get("publishing_state", UNSET)
    if publishing_state.__class__ is not str and publishing_state is not UNSET:
        publishing_state = _read_publishing_state(cls, d)

    publisher_profile_id = d.get("publisher_profile_id", UNSET)
    if (
        publisher_profile_id.__class__ is not str
        and publisher_profile_id is not None
        and publisher_profile_id is not UNSET
    ):
        publisher_profile_id = _read_publisher_profile_id(cls, d)

    quality_score = d.get("quality_score", UNSET)
    if quality_score.__class__ is not int and quality_score is not None and quality_score is not UNSET:
        quality_score = _read_quality_score(cls, d)

    publisher = d.get("publisher", UNSET)
    if publisher.__class__ is not str and publisher is not None and publisher is not UNSET:
        publisher = _read_publisher(cls, d)

    copyright_ = d.get("copyright", UNSET)
    if copyright_.__class__ is not str and copyright_ is not None and copyright_ is not UNSET:
        copyright_ = _read_copyright_(cls, d)

    subtitle = d.get("subtitle", UNSET)
    if subtitle.__class__ is not str and subtitle is not None and subtitle is not UNSET:
        subtitle = _read_subtitle(cls, d)

    distribution_territories = d.get("distribution_territories", UNSET)
    if (
        distribution_territories.__class__ is not list
        and distribution_territories is not None
        and distribution_territories is not UNSET
    ):
        distribution_territories = _read_distribution_territories(cls, d)
    elif distribution_territories.__class__ is list and distribution_territories:
        check_items(cls, "distribution_territories", distribution_territories, (str,), "a string")

    edition = d.get("edition", UNSET)
    if edition.__class__ is not str and edition is not None and edition is not UNSET:
        edition = _read_edition(cls, d)

    if "contributors" in known:
        contributors = known["contributors"]
    else:
        contributors = d.get("contributors", UNSET)
        if contributors is not UNSET and contributors is not None:
            contributors = _read_contributors(cls, d)

    payout_type = d.get("payout_type", UNSET)
    if payout_type is not None and payout_type.__class__ is not str and payout_type is not UNSET:
        payout_type = _read_payout_type(cls, d)

    list_price = d.get("list_price", UNSET)
    if (
        list_price.__class__ is not float
        and list_price.__class__ is not int
        and list_price is not None
        and list_price is not UNSET
    ):
        list_price = _read_list_price(cls, d)

    if "currency" in known:
        currency = known["currency"]
    else:
        currency = d.get("currency", UNSET)
        if currency is not UNSET and currency is not None:
            currency = _read_currency(cls, d)

    original_audio_project_export_id = d.get("original_audio_project_export_id", UNSET)
    if (
        original_audio_project_export_id.__class__ is not str
        and original_audio_project_export_id is not None
        and original_audio_project_export_id is not UNSET
    ):
        original_audio_project_export_id = _read_original_audio_project_export_id(cls, d)

    original_audio_document_id = d.get("original_audio_document_id", UNSET)
    if (
        original_audio_document_id.__class__ is not str
        and original_audio_document_id is not None
        and original_audio_document_id is not UNSET
    ):
        original_audio_document_id = _read_original_audio_document_id(cls, d)

    series_id = d.get("series_id", UNSET)
    if series_id.__class__ is not str and series_id is not None and series_id is not UNSET:
        series_id = _read_series_id(cls, d)

    volume = d.get("volume", UNSET)
    if volume.__class__ is not int and volume is not None and volume is not UNSET:
        volume = _read_volume(cls, d)

    published_at_unix = d.get("published_at_unix", UNSET)
    if published_at_unix.__class__ is not int and published_at_unix is not None and published_at_unix is not UNSET:
        published_at_unix = _read_published_at_unix(cls, d)

    read_slug = d.get("read_slug", UNSET)
    if read_slug.__class__ is not str and read_slug is not None and read_slug is not UNSET:
        read_slug = _read_read_slug(cls, d)

    if "preview_audio_object" in known:
        preview_audio_object = known["preview_audio_object"]
    else:
        preview_audio_object = d.get("preview_audio_object", UNSET)
        if preview_audio_object is not UNSET and preview_audio_object is not None:
            preview_audio_object = _read_preview_audio_object(cls, d)

    if "sample_config" in known:
        sample_config = known["sample_config"]
    else:
        sample_config = d.get("sample_config", UNSET)
        if sample_config is not UNSET and sample_config is not None:
            sample_config = _read_sample_config(cls, d)

    if "review" in known:
        review = known["review"]
    else:
        review = d.get("review", UNSET)
        if review is not UNSET and review is not None:
            review = _read_review(cls, d)

    voice_id = d.get("voice_id", UNSET)
    if voice_id.__class__ is not str and voice_id is not None and voice_id is not UNSET:
        voice_id = _read_voice_id(cls, d)

    can_use_assistant = d.get("can_use_assistant", UNSET)
    if can_use_assistant.__class__ is not bool and can_use_assistant is not UNSET:
        can_use_assistant = _read_can_use_assistant(cls, d)

    is_voice_changer_on = d.get("is_voice_changer_on", UNSET)
    if is_voice_changer_on.__class__ is not bool and is_voice_changer_on is not UNSET:
        is_voice_changer_on = _read_is_voice_changer_on(cls, d)

    restricted_to_user_email_domains = d.get("restricted_to_user_email_domains", UNSET)
    if (
        restricted_to_user_email_domains.__class__ is not list
        and restricted_to_user_email_domains is not None
        and restricted_to_user_email_domains is not UNSET
    ):
        restricted_to_user_email_domains = _read_restricted_to_user_email_domains(cls, d)
    elif restricted_to_user_email_domains.__class__ is list and restricted_to_user_email_domains:
        check_items(cls, "restricted_to_user_email_domains", restricted_to_user_email_domains, (str,), "a string")

    return {
        "read_id": read_id,
        "created_at_unix": created_at_unix,
        "updated_at_unix": updated_at_unix,
        "word_count": word_count,
        "char_count": char_count,
        "chapters": chapters,
        "title": title,
        "author": author,
        "description": description,
        "article_image_url": article_image_url,
        "language": language,
        "locale": locale,
        "display_mode": display_mode,
        "genre": genre,
        "fiction": fiction,
        "content_type": content_type,
        "original_file_type": original_file_type,
        "target_audience": target_audience,
        "mature_content": mature_content,
        "safesearch_adult": safesearch_adult,
        "origin": origin,
        "publication_date": publication_date,
        "isbn": isbn,
        "ean": ean,
        "legal_terms": legal_terms,
        "content_guidelines_terms": content_guidelines_terms,
        "last_updated_from_project_unix": last_updated_from_project_unix,
        "publishing_project_id": publishing_project_id,
        "publishing_state": publishing_state,
        "publisher_profile_id": publisher_profile_id,
        "quality_score": quality_score,
        "publisher": publisher,
        "copyright_": copyright_,
        "subtitle": subtitle,
        "distribution_territories": distribution_territories,
        "edition": edition,
        "contributors": contributors,
        "payout_type": payout_type,
        "list_price": list_price,
        "currency": currency,
        "original_audio_project_export_id": original_audio_project_export_id,
        "original_audio_document_id": original_audio_document_id,
        "series_id": series_id,
        "volume": volume,
        "published_at_unix": published_at_unix,
        "read_slug": read_slug,
        "preview_audio_object": preview_audio_object,
        "sample_config": sample_config,
        "review": review,
        "voice_id": voice_id,
        "can_use_assistant": can_use_assistant,
        "is_voice_changer_on": is_voice_changer_on,
        "restricted_to_user_email_domains": restricted_to_user_email_domains,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    DirectPublishingReadResponseModel,
    _all_fields,
    {
        "read_id": _read_read_id,
        "created_at_unix": _read_created_at_unix,
        "updated_at_unix": _read_updated_at_unix,
        "word_count": _read_word_count,
        "char_count": _read_char_count,
        "chapters": _read_chapters,
        "title": _read_title,
        "author": _read_author,
        "description": _read_description,
        "article_image_url": _read_article_image_url,
        "language": _read_language,
        "locale": _read_locale,
        "display_mode": _read_display_mode,
        "genre": _read_genre,
        "fiction": _read_fiction,
        "content_type": _read_content_type,
        "original_file_type": _read_original_file_type,
        "target_audience": _read_target_audience,
        "mature_content": _read_mature_content,
        "safesearch_adult": _read_safesearch_adult,
        "origin": _read_origin,
        "publication_date": _read_publication_date,
        "isbn": _read_isbn,
        "ean": _read_ean,
        "legal_terms": _read_legal_terms,
        "content_guidelines_terms": _read_content_guidelines_terms,
        "last_updated_from_project_unix": _read_last_updated_from_project_unix,
        "publishing_project_id": _read_publishing_project_id,
        "publishing_state": _read_publishing_state,
        "publisher_profile_id": _read_publisher_profile_id,
        "quality_score": _read_quality_score,
        "publisher": _read_publisher,
        "copyright_": _read_copyright_,
        "subtitle": _read_subtitle,
        "distribution_territories": _read_distribution_territories,
        "edition": _read_edition,
        "contributors": _read_contributors,
        "payout_type": _read_payout_type,
        "list_price": _read_list_price,
        "currency": _read_currency,
        "original_audio_project_export_id": _read_original_audio_project_export_id,
        "original_audio_document_id": _read_original_audio_document_id,
        "series_id": _read_series_id,
        "volume": _read_volume,
        "published_at_unix": _read_published_at_unix,
        "read_slug": _read_read_slug,
        "preview_audio_object": _read_preview_audio_object,
        "sample_config": _read_sample_config,
        "review": _read_review,
        "voice_id": _read_voice_id,
        "can_use_assistant": _read_can_use_assistant,
        "is_voice_changer_on": _read_is_voice_changer_on,
        "restricted_to_user_email_domains": _read_restricted_to_user_email_domains,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.contributor import Contributor
from ..models.preview_audio_db_model import PreviewAudioDbModel
from ..models.read_legal_terms import ReadLegalTerms
from ..models.read_metadata_chapter_db_model import ReadMetadataChapterDbModel
from ..models.review_response_model import ReviewResponseModel
from ..models.sample_config_db_model import SampleConfigDbModel
