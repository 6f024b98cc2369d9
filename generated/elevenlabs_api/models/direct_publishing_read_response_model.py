from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.direct_publishing_read_response_model_display_mode_type_0 import (
    DirectPublishingReadResponseModelDisplayModeType0,
)
from ..models.direct_publishing_read_response_model_genre_type_0_item_type_0 import (
    DirectPublishingReadResponseModelGenreType0ItemType0,
)
from ..models.direct_publishing_read_response_model_payout_type_type_0 import (
    DirectPublishingReadResponseModelPayoutTypeType0,
)
from ..models.direct_publishing_read_response_model_target_audience_type_0 import (
    DirectPublishingReadResponseModelTargetAudienceType0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DirectPublishingReadResponseModel")


@_attrs_define
class DirectPublishingReadResponseModel:
    """Attributes:
    read_id (str):
    created_at_unix (int):
    updated_at_unix (int):
    word_count (int):
    char_count (int):
    chapters (list[ReadMetadataChapterDBModel]):
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
    publishing_state (str | Unset):  Default: 'published'.
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
    preview_audio_object (None | PreviewAudioDBModel | Unset):
    sample_config (None | SampleConfigDBModel | Unset):
    review (None | ReviewResponseModel | Unset):
    voice_id (None | str | Unset):
    can_use_assistant (bool | Unset):  Default: True.
    is_voice_changer_on (bool | Unset):  Default: False.
    restricted_to_user_email_domains (list[str] | None | Unset):
    """

    read_id: str

    created_at_unix: int

    updated_at_unix: int

    word_count: int

    char_count: int

    chapters: list[ReadMetadataChapterDBModel]

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

    publishing_state: str | Unset = "published"

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

    preview_audio_object: None | PreviewAudioDBModel | Unset = UNSET

    sample_config: None | SampleConfigDBModel | Unset = UNSET

    review: None | ReviewResponseModel | Unset = UNSET

    voice_id: None | str | Unset = UNSET

    can_use_assistant: bool | Unset = True

    is_voice_changer_on: bool | Unset = False

    restricted_to_user_email_domains: list[str] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        read_id = self.read_id

        created_at_unix = self.created_at_unix

        updated_at_unix = self.updated_at_unix

        word_count = self.word_count

        char_count = self.char_count

        chapters = []
        for chapters_item_data in self.chapters:
            chapters_item = chapters_item_data.to_dict()
            chapters.append(chapters_item)

        title: None | str | Unset = self.title

        author: None | str | Unset = self.author

        description: None | str | Unset = self.description

        article_image_url: None | str | Unset = self.article_image_url

        language: None | str | Unset = self.language

        locale: None | str | Unset = self.locale

        display_mode: None | str | Unset
        if isinstance(self.display_mode, Unset):
            display_mode = UNSET
        elif isinstance(self.display_mode, str):
            display_mode = self.display_mode
        else:
            display_mode = self.display_mode

        genre: list[str] | None | Unset
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

        fiction: None | str | Unset = self.fiction

        content_type: None | str | Unset = self.content_type

        original_file_type: None | str | Unset = self.original_file_type

        target_audience: None | str | Unset
        if isinstance(self.target_audience, Unset):
            target_audience = UNSET
        elif isinstance(self.target_audience, str):
            target_audience = self.target_audience
        else:
            target_audience = self.target_audience

        mature_content: bool | None | Unset = self.mature_content

        safesearch_adult: bool | None | Unset = self.safesearch_adult

        origin: None | str | Unset = self.origin

        publication_date: None | str | Unset = self.publication_date

        isbn: None | str | Unset = self.isbn

        ean: None | str | Unset = self.ean

        legal_terms: dict[str, Any] | None | Unset
        if isinstance(self.legal_terms, Unset):
            legal_terms = UNSET
        elif isinstance(self.legal_terms, ReadLegalTerms):
            legal_terms = self.legal_terms.to_dict()
        else:
            legal_terms = self.legal_terms

        content_guidelines_terms: dict[str, Any] | None | Unset
        if isinstance(self.content_guidelines_terms, Unset):
            content_guidelines_terms = UNSET
        elif isinstance(self.content_guidelines_terms, ReadLegalTerms):
            content_guidelines_terms = self.content_guidelines_terms.to_dict()
        else:
            content_guidelines_terms = self.content_guidelines_terms

        last_updated_from_project_unix: int | None | Unset = self.last_updated_from_project_unix

        publishing_project_id: None | str | Unset = self.publishing_project_id

        publishing_state = self.publishing_state

        publisher_profile_id: None | str | Unset = self.publisher_profile_id

        quality_score: int | None | Unset = self.quality_score

        publisher: None | str | Unset = self.publisher

        copyright_: None | str | Unset = self.copyright_

        subtitle: None | str | Unset = self.subtitle

        distribution_territories: list[str] | None | Unset
        if isinstance(self.distribution_territories, Unset):
            distribution_territories = UNSET
        elif isinstance(self.distribution_territories, list):
            distribution_territories = self.distribution_territories

        else:
            distribution_territories = self.distribution_territories

        edition: None | str | Unset = self.edition

        contributors: list[dict[str, Any]] | None | Unset
        if isinstance(self.contributors, Unset):
            contributors = UNSET
        elif isinstance(self.contributors, list):
            contributors = []
            for contributors_type_0_item_data in self.contributors:
                contributors_type_0_item = contributors_type_0_item_data.to_dict()
                contributors.append(contributors_type_0_item)

        else:
            contributors = self.contributors

        payout_type: None | str | Unset
        if isinstance(self.payout_type, Unset):
            payout_type = UNSET
        elif isinstance(self.payout_type, str):
            payout_type = self.payout_type
        else:
            payout_type = self.payout_type

        list_price: float | None | Unset = self.list_price

        currency: Literal["usd"] | None | Unset = self.currency

        original_audio_project_export_id: None | str | Unset = self.original_audio_project_export_id

        original_audio_document_id: None | str | Unset = self.original_audio_document_id

        series_id: None | str | Unset = self.series_id

        volume: int | None | Unset = self.volume

        published_at_unix: int | None | Unset = self.published_at_unix

        read_slug: None | str | Unset = self.read_slug

        preview_audio_object: dict[str, Any] | None | Unset
        if isinstance(self.preview_audio_object, Unset):
            preview_audio_object = UNSET
        elif isinstance(self.preview_audio_object, PreviewAudioDBModel):
            preview_audio_object = self.preview_audio_object.to_dict()
        else:
            preview_audio_object = self.preview_audio_object

        sample_config: dict[str, Any] | None | Unset
        if isinstance(self.sample_config, Unset):
            sample_config = UNSET
        elif isinstance(self.sample_config, SampleConfigDBModel):
            sample_config = self.sample_config.to_dict()
        else:
            sample_config = self.sample_config

        review: dict[str, Any] | None | Unset
        if isinstance(self.review, Unset):
            review = UNSET
        elif isinstance(self.review, ReviewResponseModel):
            review = self.review.to_dict()
        else:
            review = self.review

        voice_id: None | str | Unset = self.voice_id

        can_use_assistant = self.can_use_assistant

        is_voice_changer_on = self.is_voice_changer_on

        restricted_to_user_email_domains: list[str] | None | Unset
        if isinstance(self.restricted_to_user_email_domains, Unset):
            restricted_to_user_email_domains = UNSET
        elif isinstance(self.restricted_to_user_email_domains, list):
            restricted_to_user_email_domains = self.restricted_to_user_email_domains

        else:
            restricted_to_user_email_domains = self.restricted_to_user_email_domains

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["read_id"] = read_id
        field_dict["created_at_unix"] = created_at_unix
        field_dict["updated_at_unix"] = updated_at_unix
        field_dict["word_count"] = word_count
        field_dict["char_count"] = char_count
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
        d = dict(src_dict)
        read_id = d.pop("read_id")

        created_at_unix = d.pop("created_at_unix")

        updated_at_unix = d.pop("updated_at_unix")

        word_count = d.pop("word_count")

        char_count = d.pop("char_count")

        chapters = []
        _chapters = d.pop("chapters")
        for chapters_item_data in _chapters:
            chapters_item = ReadMetadataChapterDBModel.from_dict(chapters_item_data)

            chapters.append(chapters_item)

        title = d.pop("title", UNSET)

        author = d.pop("author", UNSET)

        description = d.pop("description", UNSET)

        article_image_url = d.pop("article_image_url", UNSET)

        language = d.pop("language", UNSET)

        locale = d.pop("locale", UNSET)

        display_mode = d.pop("display_mode", UNSET)

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

        genre = _parse_genre(d.pop("genre", UNSET))

        fiction = d.pop("fiction", UNSET)

        content_type = d.pop("content_type", UNSET)

        original_file_type = d.pop("original_file_type", UNSET)

        target_audience = d.pop("target_audience", UNSET)

        mature_content = d.pop("mature_content", UNSET)

        safesearch_adult = d.pop("safesearch_adult", UNSET)

        origin = d.pop("origin", UNSET)

        publication_date = d.pop("publication_date", UNSET)

        isbn = d.pop("isbn", UNSET)

        ean = d.pop("ean", UNSET)

        def _parse_legal_terms(data: object) -> None | ReadLegalTerms | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            legal_terms_type_0 = ReadLegalTerms.from_dict(data)

            return legal_terms_type_0

        legal_terms = _parse_legal_terms(d.pop("legal_terms", UNSET))

        def _parse_content_guidelines_terms(data: object) -> None | ReadLegalTerms | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            content_guidelines_terms_type_0 = ReadLegalTerms.from_dict(data)

            return content_guidelines_terms_type_0

        content_guidelines_terms = _parse_content_guidelines_terms(d.pop("content_guidelines_terms", UNSET))

        last_updated_from_project_unix = d.pop("last_updated_from_project_unix", UNSET)

        publishing_project_id = d.pop("publishing_project_id", UNSET)

        publishing_state = d.pop("publishing_state", UNSET)

        publisher_profile_id = d.pop("publisher_profile_id", UNSET)

        quality_score = d.pop("quality_score", UNSET)

        publisher = d.pop("publisher", UNSET)

        copyright_ = d.pop("copyright", UNSET)

        subtitle = d.pop("subtitle", UNSET)

        def _parse_distribution_territories(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            distribution_territories_type_0 = cast(list[str], data)

            return distribution_territories_type_0

        distribution_territories = _parse_distribution_territories(d.pop("distribution_territories", UNSET))

        edition = d.pop("edition", UNSET)

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

        contributors = _parse_contributors(d.pop("contributors", UNSET))

        payout_type = d.pop("payout_type", UNSET)

        list_price = d.pop("list_price", UNSET)

        def _parse_currency(data: object) -> Literal["usd"] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            currency_type_0 = cast(Literal["usd"], data)
            if currency_type_0 != "usd":
                raise ValueError(f"currency_type_0 must match const 'usd', got '{currency_type_0}'")
            return currency_type_0

        currency = _parse_currency(d.pop("currency", UNSET))

        original_audio_project_export_id = d.pop("original_audio_project_export_id", UNSET)

        original_audio_document_id = d.pop("original_audio_document_id", UNSET)

        series_id = d.pop("series_id", UNSET)

        volume = d.pop("volume", UNSET)

        published_at_unix = d.pop("published_at_unix", UNSET)

        read_slug = d.pop("read_slug", UNSET)

        def _parse_preview_audio_object(data: object) -> None | PreviewAudioDBModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            preview_audio_object_type_0 = PreviewAudioDBModel.from_dict(data)

            return preview_audio_object_type_0

        preview_audio_object = _parse_preview_audio_object(d.pop("preview_audio_object", UNSET))

        def _parse_sample_config(data: object) -> None | SampleConfigDBModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            sample_config_type_0 = SampleConfigDBModel.from_dict(data)

            return sample_config_type_0

        sample_config = _parse_sample_config(d.pop("sample_config", UNSET))

        def _parse_review(data: object) -> None | ReviewResponseModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            review_type_0 = ReviewResponseModel.from_dict(data)

            return review_type_0

        review = _parse_review(d.pop("review", UNSET))

        voice_id = d.pop("voice_id", UNSET)

        can_use_assistant = d.pop("can_use_assistant", UNSET)

        is_voice_changer_on = d.pop("is_voice_changer_on", UNSET)

        def _parse_restricted_to_user_email_domains(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            restricted_to_user_email_domains_type_0 = cast(list[str], data)

            return restricted_to_user_email_domains_type_0

        restricted_to_user_email_domains = _parse_restricted_to_user_email_domains(
            d.pop("restricted_to_user_email_domains", UNSET)
        )

        direct_publishing_read_response_model = cls(
            read_id=read_id,
            created_at_unix=created_at_unix,
            updated_at_unix=updated_at_unix,
            word_count=word_count,
            char_count=char_count,
            chapters=chapters,
            title=title,
            author=author,
            description=description,
            article_image_url=article_image_url,
            language=language,
            locale=locale,
            display_mode=display_mode,
            genre=genre,
            fiction=fiction,
            content_type=content_type,
            original_file_type=original_file_type,
            target_audience=target_audience,
            mature_content=mature_content,
            safesearch_adult=safesearch_adult,
            origin=origin,
            publication_date=publication_date,
            isbn=isbn,
            ean=ean,
            legal_terms=legal_terms,
            content_guidelines_terms=content_guidelines_terms,
            last_updated_from_project_unix=last_updated_from_project_unix,
            publishing_project_id=publishing_project_id,
            publishing_state=publishing_state,
            publisher_profile_id=publisher_profile_id,
            quality_score=quality_score,
            publisher=publisher,
            copyright_=copyright_,
            subtitle=subtitle,
            distribution_territories=distribution_territories,
            edition=edition,
            contributors=contributors,
            payout_type=payout_type,
            list_price=list_price,
            currency=currency,
            original_audio_project_export_id=original_audio_project_export_id,
            original_audio_document_id=original_audio_document_id,
            series_id=series_id,
            volume=volume,
            published_at_unix=published_at_unix,
            read_slug=read_slug,
            preview_audio_object=preview_audio_object,
            sample_config=sample_config,
            review=review,
            voice_id=voice_id,
            can_use_assistant=can_use_assistant,
            is_voice_changer_on=is_voice_changer_on,
            restricted_to_user_email_domains=restricted_to_user_email_domains,
        )
        direct_publishing_read_response_model.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.contributor import Contributor
from ..models.preview_audio_db_model import PreviewAudioDBModel
from ..models.read_legal_terms import ReadLegalTerms
from ..models.read_metadata_chapter_db_model import ReadMetadataChapterDBModel
from ..models.review_response_model import ReviewResponseModel
from ..models.sample_config_db_model import SampleConfigDBModel
