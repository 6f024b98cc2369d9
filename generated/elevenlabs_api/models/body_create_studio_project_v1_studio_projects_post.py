from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import (
    BodyCreateStudioProjectV1StudioProjectsPostApplyTextNormalizationType0,
    BodyCreateStudioProjectV1StudioProjectsPostFictionType0,
    BodyCreateStudioProjectV1StudioProjectsPostSourceTypeType0,
    BodyCreateStudioProjectV1StudioProjectsPostTargetAudienceType0,
    QualityPresetType,
    check_body_create_studio_project_v1_studio_projects_post_apply_text_normalization_type_0,
    check_body_create_studio_project_v1_studio_projects_post_fiction_type_0,
    check_body_create_studio_project_v1_studio_projects_post_source_type_type_0,
    check_body_create_studio_project_v1_studio_projects_post_target_audience_type_0,
    check_quality_preset_type,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    File,
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

T = TypeVar("T", bound="BodyCreateStudioProjectV1StudioProjectsPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyCreateStudioProjectV1StudioProjectsPost(Lazy):
    """Attributes:
    name (str): The name of the Studio project, used for identification only.
    default_title_voice_id (None | str | Unset): The voice_id that corresponds to the default voice used for new
        titles.
    default_paragraph_voice_id (None | str | Unset): The voice_id that corresponds to the default voice used for new
        paragraphs.
    default_model_id (None | str | Unset): The ID of the model to be used for this Studio project, you can query GET
        /v1/models to list all available models.
    from_url (None | str | Unset): An optional URL from which we will extract content to initialize the Studio
        project. If this is set, 'from_url' and 'from_content' must be null. If neither 'from_url', 'from_document',
        'from_content' are provided we will initialize the Studio project as blank.
    from_document (File | None | Unset): An optional .epub, .pdf, .txt or similar file can be provided. If provided,
        we will initialize the Studio project with its content. If this is set, 'from_url' and 'from_content' must be
        null. If neither 'from_url', 'from_document', 'from_content' are provided we will initialize the Studio project
        as blank.
    from_content_json (str | Unset):
            An optional content to initialize the Studio project with. If this is set, 'from_url' and 'from_document'
        must be null. If neither 'from_url', 'from_document', 'from_content' are provided we will initialize the Studio
        project as blank.

            Example:
            [{"name": "Chapter A", "blocks": [{"sub_type": "p", "nodes": [{"voice_id": "6lCwbsX1yVjD49QmpkT0", "text":
        "A", "type": "tts_node"}, {"voice_id": "6lCwbsX1yVjD49QmpkT1", "text": "B", "type": "tts_node"}]}, {"sub_type":
        "h1", "nodes": [{"voice_id": "6lCwbsX1yVjD49QmpkT0", "text": "C", "type": "tts_node"}, {"voice_id":
        "6lCwbsX1yVjD49QmpkT1", "text": "D", "type": "tts_node"}]}]}, {"name": "Chapter B", "blocks": [{"sub_type": "p",
        "nodes": [{"voice_id": "6lCwbsX1yVjD49QmpkT0", "text": "E", "type": "tts_node"}, {"voice_id":
        "6lCwbsX1yVjD49QmpkT1", "text": "F", "type": "tts_node"}]}, {"sub_type": "h2", "nodes": [{"voice_id":
        "6lCwbsX1yVjD49QmpkT0", "text": "G", "type": "tts_node"}, {"voice_id": "6lCwbsX1yVjD49QmpkT1", "text": "H",
        "type": "tts_node"}]}]}]

    quality_preset (QualityPresetType | Unset):
    title (None | str | Unset): An optional name of the author of the Studio project, this will be added as metadata
        to the mp3 file on Studio project or chapter download.
    author (None | str | Unset): An optional name of the author of the Studio project, this will be added as
        metadata to the mp3 file on Studio project or chapter download.
    description (None | str | Unset): An optional description of the Studio project.
    genres (list[str] | Unset): An optional list of genres associated with the Studio project.
    target_audience (BodyCreateStudioProjectV1StudioProjectsPostTargetAudienceType0 | None | Unset): An optional
        target audience of the Studio project.
    language (None | str | Unset): An optional language of the Studio project. Two-letter language code (ISO 639-1).
    content_type (None | str | Unset): An optional content type of the Studio project.
    original_publication_date (None | str | Unset): An optional original publication date of the Studio project, in
        the format YYYY-MM-DD or YYYY.
    mature_content (bool | None | Unset): An optional specification of whether this Studio project contains mature
        content. Defaults to False on the server.
    isbn_number (None | str | Unset): An optional ISBN number of the Studio project you want to create, this will be
        added as metadata to the mp3 file on Studio project or chapter download.
    acx_volume_normalization (bool | Unset): [Deprecated] When the Studio project is downloaded, should the returned
        audio have postprocessing in order to make it compliant with audiobook normalized volume requirements Defaults
        to False on the server.
    volume_normalization (bool | Unset): When the Studio project is downloaded, should the returned audio have
        postprocessing in order to make it compliant with audiobook normalized volume requirements Defaults to False on
        the server.
    pronunciation_dictionary_locators (list[str] | Unset): A list of pronunciation dictionary locators
        (pronunciation_dictionary_id, version_id) encoded as a list of JSON strings for pronunciation dictionaries to be
        applied to the text. A list of json encoded strings is required as adding projects may occur through formData as
        opposed to jsonBody. To specify multiple dictionaries use multiple --form lines in your curl, such as --form
        'pronunciation_dictionary_locators="{\\"pronunciation_dictionary_id\\":\\"Vm
        d4Zor6fplcA7WrINey\\",\\"version_id\\":\\"hRPaxjlTdR7wFMhV4w0b\\"}"' --form
        'pronunciation_dictionary_locators="{\\"pronunciation_dictionary_id\\":\\"Jz
        WtcGQMJ6bnlWwyMo7e\\",\\"version_id\\":\\"lbmwxiLu4q6txYxgdZqn\\"}"'.
    callback_url (None | str | Unset):
            A url that will be called by our service when the Studio project is converted. Request will contain a json
        blob containing the status of the conversion
            Messages:
            1. When project was converted successfully:
            {
              type: "project_conversion_status",
              event_timestamp: 1234567890,
              data: {
                request_id: "1234567890",
                project_id: "21m00Tcm4TlvDq8ikWAM",
                conversion_status: "success",
                project_snapshot_id: "22m00Tcm4TlvDq8ikMAT",
                error_details: None,
              }
            }
            2. When project conversion failed:
            {
              type: "project_conversion_status",
              event_timestamp: 1234567890,
              data: {
                request_id: "1234567890",
                project_id: "21m00Tcm4TlvDq8ikWAM",
                conversion_status: "error",
                project_snapshot_id: None,
                error_details: "Error details if conversion failed"
              }
            }

            3. When chapter was converted successfully:
            {
              type: "chapter_conversion_status",
              event_timestamp: 1234567890,
              data: {
                request_id: "1234567890",
                project_id: "21m00Tcm4TlvDq8ikWAM",
                chapter_id: "22m00Tcm4TlvDq8ikMAT",
                conversion_status: "success",
                chapter_snapshot_id: "23m00Tcm4TlvDq8ikMAV",
                error_details: None,
              }
            }
            4. When chapter conversion failed:
            {
              type: "chapter_conversion_status",
              event_timestamp: 1234567890,
              data: {
                request_id: "1234567890",
                project_id: "21m00Tcm4TlvDq8ikWAM",
                chapter_id: "22m00Tcm4TlvDq8ikMAT",
                conversion_status: "error",
                chapter_snapshot_id: None,
                error_details: "Error details if conversion failed"
              }
            }

    fiction (BodyCreateStudioProjectV1StudioProjectsPostFictionType0 | None | Unset): An optional specification of
        whether the content of this Studio project is fiction.
    apply_text_normalization (BodyCreateStudioProjectV1StudioProjectsPostApplyTextNormalizationType0 | None |
        Unset):
            This parameter controls text normalization with four modes: 'auto', 'on', 'apply_english' and 'off'.
            When set to 'auto', the system will automatically decide whether to apply text normalization
            (e.g., spelling out numbers). With 'on', text normalization will always be applied, while
            with 'off', it will be skipped. 'apply_english' is the same as 'on' but will assume that text is in English.

    auto_convert (bool | Unset): Whether to auto convert the Studio project to audio or not. Defaults to False on
        the server.
    auto_assign_voices (bool | None | Unset): [Alpha Feature] Whether automatically assign voices to phrases in the
        create Project. Defaults to False on the server.
    source_type (BodyCreateStudioProjectV1StudioProjectsPostSourceTypeType0 | None | Unset): The type of Studio
        project to create.
    voice_settings (list[str] | Unset):     Optional voice settings overrides for the project, encoded as a list of
        JSON strings.

            Example:
            ["{\\"voice_id\\": \\"21m00Tcm4TlvDq8ikWAM\\", \\"stability\\": 0.7, \\"similarity_boost\\": 0.8,
        \\"style\\": 0.5, \\"speed\\": 1.0, \\"use_speaker_boost\\": true}"]

    create_publishing_read (bool | None | Unset): If true, creates a corresponding read for direct publishing in
        draft state Defaults to False on the server.
    """

    name: str

    default_title_voice_id: None | str | Unset = UNSET

    default_paragraph_voice_id: None | str | Unset = UNSET

    default_model_id: None | str | Unset = UNSET

    from_url: None | str | Unset = UNSET

    from_document: File | None | Unset = UNSET

    from_content_json: str | Unset = UNSET

    quality_preset: QualityPresetType | Unset = UNSET

    title: None | str | Unset = UNSET

    author: None | str | Unset = UNSET

    description: None | str | Unset = UNSET

    genres: list[str] | Unset = UNSET

    target_audience: BodyCreateStudioProjectV1StudioProjectsPostTargetAudienceType0 | None | Unset = UNSET

    language: None | str | Unset = UNSET

    content_type: None | str | Unset = UNSET

    original_publication_date: None | str | Unset = UNSET

    mature_content: bool | None | Unset = UNSET

    isbn_number: None | str | Unset = UNSET

    acx_volume_normalization: bool | Unset = UNSET

    volume_normalization: bool | Unset = UNSET

    pronunciation_dictionary_locators: list[str] | Unset = UNSET

    callback_url: None | str | Unset = UNSET

    fiction: BodyCreateStudioProjectV1StudioProjectsPostFictionType0 | None | Unset = UNSET

    apply_text_normalization: BodyCreateStudioProjectV1StudioProjectsPostApplyTextNormalizationType0 | None | Unset = (
        UNSET
    )

    auto_convert: bool | Unset = UNSET

    auto_assign_voices: bool | None | Unset = UNSET

    source_type: BodyCreateStudioProjectV1StudioProjectsPostSourceTypeType0 | None | Unset = UNSET

    voice_settings: list[str] | Unset = UNSET

    create_publishing_read: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("name",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        name = self.name

        default_title_voice_id: Any
        try:
            default_title_voice_id = self.default_title_voice_id

        except (AttributeError, TypeError):
            default_title_voice_id = self.default_title_voice_id

        default_paragraph_voice_id: Any
        try:
            default_paragraph_voice_id = self.default_paragraph_voice_id

        except (AttributeError, TypeError):
            default_paragraph_voice_id = self.default_paragraph_voice_id

        default_model_id: Any
        try:
            default_model_id = self.default_model_id

        except (AttributeError, TypeError):
            default_model_id = self.default_model_id

        from_url: Any
        try:
            from_url = self.from_url

        except (AttributeError, TypeError):
            from_url = self.from_url

        from_document: Any
        try:
            if isinstance(self.from_document, Unset):
                from_document = UNSET
            elif isinstance(self.from_document, File):
                from_document = self.from_document.to_tuple()

            else:
                from_document = self.from_document

        except (AttributeError, TypeError):
            from_document = self.from_document

        from_content_json = self.from_content_json

        quality_preset: Any
        try:
            quality_preset = UNSET
            if not isinstance(self.quality_preset, Unset):
                quality_preset = self.quality_preset

        except (AttributeError, TypeError):
            quality_preset = self.quality_preset

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
            genres = UNSET
            if not isinstance(self.genres, Unset):
                genres = self.genres

        except (AttributeError, TypeError):
            genres = self.genres

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

        acx_volume_normalization = self.acx_volume_normalization

        volume_normalization = self.volume_normalization

        pronunciation_dictionary_locators: Any
        try:
            pronunciation_dictionary_locators = UNSET
            if not isinstance(self.pronunciation_dictionary_locators, Unset):
                pronunciation_dictionary_locators = self.pronunciation_dictionary_locators

        except (AttributeError, TypeError):
            pronunciation_dictionary_locators = self.pronunciation_dictionary_locators

        callback_url: Any
        try:
            callback_url = self.callback_url

        except (AttributeError, TypeError):
            callback_url = self.callback_url

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

        apply_text_normalization: Any
        try:
            if isinstance(self.apply_text_normalization, Unset):
                apply_text_normalization = UNSET
            elif isinstance(self.apply_text_normalization, str):
                apply_text_normalization = self.apply_text_normalization
            else:
                apply_text_normalization = self.apply_text_normalization

        except (AttributeError, TypeError):
            apply_text_normalization = self.apply_text_normalization

        auto_convert = self.auto_convert

        auto_assign_voices: Any
        try:
            auto_assign_voices = self.auto_assign_voices

        except (AttributeError, TypeError):
            auto_assign_voices = self.auto_assign_voices

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

        voice_settings: Any
        try:
            voice_settings = UNSET
            if not isinstance(self.voice_settings, Unset):
                voice_settings = self.voice_settings

        except (AttributeError, TypeError):
            voice_settings = self.voice_settings

        create_publishing_read: Any
        try:
            create_publishing_read = self.create_publishing_read

        except (AttributeError, TypeError):
            create_publishing_read = self.create_publishing_read

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if default_title_voice_id is not UNSET:
            field_dict["default_title_voice_id"] = default_title_voice_id
        if default_paragraph_voice_id is not UNSET:
            field_dict["default_paragraph_voice_id"] = default_paragraph_voice_id
        if default_model_id is not UNSET:
            field_dict["default_model_id"] = default_model_id
        if from_url is not UNSET:
            field_dict["from_url"] = from_url
        if from_document is not UNSET:
            field_dict["from_document"] = from_document
        if from_content_json is not UNSET:
            field_dict["from_content_json"] = from_content_json
        if quality_preset is not UNSET:
            field_dict["quality_preset"] = quality_preset
        if title is not UNSET:
            field_dict["title"] = title
        if author is not UNSET:
            field_dict["author"] = author
        if description is not UNSET:
            field_dict["description"] = description
        if genres is not UNSET:
            field_dict["genres"] = genres
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
        if acx_volume_normalization is not UNSET:
            field_dict["acx_volume_normalization"] = acx_volume_normalization
        if volume_normalization is not UNSET:
            field_dict["volume_normalization"] = volume_normalization
        if pronunciation_dictionary_locators is not UNSET:
            field_dict["pronunciation_dictionary_locators"] = pronunciation_dictionary_locators
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if fiction is not UNSET:
            field_dict["fiction"] = fiction
        if apply_text_normalization is not UNSET:
            field_dict["apply_text_normalization"] = apply_text_normalization
        if auto_convert is not UNSET:
            field_dict["auto_convert"] = auto_convert
        if auto_assign_voices is not UNSET:
            field_dict["auto_assign_voices"] = auto_assign_voices
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if voice_settings is not UNSET:
            field_dict["voice_settings"] = voice_settings
        if create_publishing_read is not UNSET:
            field_dict["create_publishing_read"] = create_publishing_read
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.default_title_voice_id, Unset):
            if isinstance(self.default_title_voice_id, str) or self.default_title_voice_id is None:
                files.append(
                    ("default_title_voice_id", (None, str(self.default_title_voice_id).encode(), "text/plain"))
                )

        if not isinstance(self.default_paragraph_voice_id, Unset):
            if isinstance(self.default_paragraph_voice_id, str) or self.default_paragraph_voice_id is None:
                files.append(
                    ("default_paragraph_voice_id", (None, str(self.default_paragraph_voice_id).encode(), "text/plain"))
                )

        if not isinstance(self.default_model_id, Unset):
            if isinstance(self.default_model_id, str) or self.default_model_id is None:
                files.append(("default_model_id", (None, str(self.default_model_id).encode(), "text/plain")))

        if not isinstance(self.from_url, Unset):
            if isinstance(self.from_url, str) or self.from_url is None:
                files.append(("from_url", (None, str(self.from_url).encode(), "text/plain")))

        if not isinstance(self.from_document, Unset):
            if isinstance(self.from_document, File):
                files.append(("from_document", self.from_document.to_tuple()))
            elif self.from_document is None:
                files.append(("from_document", (None, str(self.from_document).encode(), "text/plain")))

        if not isinstance(self.from_content_json, Unset):
            files.append(("from_content_json", (None, str(self.from_content_json).encode(), "text/plain")))

        if not isinstance(self.quality_preset, Unset):
            files.append(("quality_preset", (None, str(self.quality_preset).encode(), "text/plain")))

        if not isinstance(self.title, Unset):
            if isinstance(self.title, str) or self.title is None:
                files.append(("title", (None, str(self.title).encode(), "text/plain")))

        if not isinstance(self.author, Unset):
            if isinstance(self.author, str) or self.author is None:
                files.append(("author", (None, str(self.author).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            if isinstance(self.description, str) or self.description is None:
                files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.genres, Unset):
            for genres_item_element in self.genres:
                files.append(("genres", (None, str(genres_item_element).encode(), "text/plain")))

        if not isinstance(self.target_audience, Unset):
            if isinstance(self.target_audience, str) or self.target_audience is None:
                files.append(("target_audience", (None, str(self.target_audience).encode(), "text/plain")))

        if not isinstance(self.language, Unset):
            if isinstance(self.language, str) or self.language is None:
                files.append(("language", (None, str(self.language).encode(), "text/plain")))

        if not isinstance(self.content_type, Unset):
            if isinstance(self.content_type, str) or self.content_type is None:
                files.append(("content_type", (None, str(self.content_type).encode(), "text/plain")))

        if not isinstance(self.original_publication_date, Unset):
            if isinstance(self.original_publication_date, str) or self.original_publication_date is None:
                files.append(
                    ("original_publication_date", (None, str(self.original_publication_date).encode(), "text/plain"))
                )

        if not isinstance(self.mature_content, Unset):
            if isinstance(self.mature_content, bool):
                files.append(("mature_content", (None, b"true" if self.mature_content else b"false", "text/plain")))
            elif self.mature_content is None:
                files.append(("mature_content", (None, str(self.mature_content).encode(), "text/plain")))

        if not isinstance(self.isbn_number, Unset):
            if isinstance(self.isbn_number, str) or self.isbn_number is None:
                files.append(("isbn_number", (None, str(self.isbn_number).encode(), "text/plain")))

        if not isinstance(self.acx_volume_normalization, Unset):
            files.append(
                (
                    "acx_volume_normalization",
                    (None, b"true" if self.acx_volume_normalization else b"false", "text/plain"),
                )
            )

        if not isinstance(self.volume_normalization, Unset):
            files.append(
                ("volume_normalization", (None, b"true" if self.volume_normalization else b"false", "text/plain"))
            )

        if not isinstance(self.pronunciation_dictionary_locators, Unset):
            for pronunciation_dictionary_locators_item_element in self.pronunciation_dictionary_locators:
                files.append(
                    (
                        "pronunciation_dictionary_locators",
                        (None, str(pronunciation_dictionary_locators_item_element).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.callback_url, Unset):
            if isinstance(self.callback_url, str) or self.callback_url is None:
                files.append(("callback_url", (None, str(self.callback_url).encode(), "text/plain")))

        if not isinstance(self.fiction, Unset):
            if isinstance(self.fiction, str) or self.fiction is None:
                files.append(("fiction", (None, str(self.fiction).encode(), "text/plain")))

        if not isinstance(self.apply_text_normalization, Unset):
            if isinstance(self.apply_text_normalization, str) or self.apply_text_normalization is None:
                files.append(
                    ("apply_text_normalization", (None, str(self.apply_text_normalization).encode(), "text/plain"))
                )

        if not isinstance(self.auto_convert, Unset):
            files.append(("auto_convert", (None, b"true" if self.auto_convert else b"false", "text/plain")))

        if not isinstance(self.auto_assign_voices, Unset):
            if isinstance(self.auto_assign_voices, bool):
                files.append(
                    ("auto_assign_voices", (None, b"true" if self.auto_assign_voices else b"false", "text/plain"))
                )
            elif self.auto_assign_voices is None:
                files.append(("auto_assign_voices", (None, str(self.auto_assign_voices).encode(), "text/plain")))

        if not isinstance(self.source_type, Unset):
            if isinstance(self.source_type, str) or self.source_type is None:
                files.append(("source_type", (None, str(self.source_type).encode(), "text/plain")))

        if not isinstance(self.voice_settings, Unset):
            for voice_settings_item_element in self.voice_settings:
                files.append(("voice_settings", (None, str(voice_settings_item_element).encode(), "text/plain")))

        if not isinstance(self.create_publishing_read, Unset):
            if isinstance(self.create_publishing_read, bool):
                files.append(
                    (
                        "create_publishing_read",
                        (None, b"true" if self.create_publishing_read else b"false", "text/plain"),
                    )
                )
            elif self.create_publishing_read is None:
                files.append(
                    ("create_publishing_read", (None, str(self.create_publishing_read).encode(), "text/plain"))
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_create_studio_project_v1_studio_projects_post = cls.__new__(cls)
        body_create_studio_project_v1_studio_projects_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_create_studio_project_v1_studio_projects_post

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


_read_name = plain_reader("name", (str,), "a string", True)

_read_default_title_voice_id = plain_reader(
    "default_title_voice_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_default_paragraph_voice_id = plain_reader(
    "default_paragraph_voice_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_default_model_id = plain_reader(
    "default_model_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_from_url = plain_reader(
    "from_url",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_from_document(cls: type[BodyCreateStudioProjectV1StudioProjectsPost], d: Mapping[str, Any]) -> Any:
    from_document_raw = d.get("from_document", UNSET)
    try:

        def _parse_from_document(data: object) -> File | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, bytes):
                raise TypeError(f"got {type(data).__name__}")
            from_document_type_0 = File(payload=BytesIO(data))

            return from_document_type_0

        from_document = _parse_from_document(from_document_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        from_document = deviating_field(cls, "from_document", from_document_raw)

    return from_document


_read_from_content_json = plain_reader("from_content_json", (str,), "a string", False)


def _read_quality_preset(cls: type[BodyCreateStudioProjectV1StudioProjectsPost], d: Mapping[str, Any]) -> Any:
    quality_preset_raw = d.get("quality_preset", UNSET)
    try:
        _quality_preset = quality_preset_raw
        quality_preset: QualityPresetType | Unset
        if isinstance(_quality_preset, Unset):
            quality_preset = UNSET
        else:
            quality_preset = check_quality_preset_type(_quality_preset)
    except (KeyError, TypeError, ValueError, AttributeError):
        quality_preset = deviating_field(cls, "quality_preset", quality_preset_raw)

    return quality_preset


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

_read_genres = plain_reader("genres", (list,), "an array", False, ((str,), "a string"))


def _read_target_audience(cls: type[BodyCreateStudioProjectV1StudioProjectsPost], d: Mapping[str, Any]) -> Any:
    target_audience_raw = d.get("target_audience", UNSET)
    try:

        def _parse_target_audience(
            data: object,
        ) -> BodyCreateStudioProjectV1StudioProjectsPostTargetAudienceType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            target_audience_type_0 = check_body_create_studio_project_v1_studio_projects_post_target_audience_type_0(
                data
            )

            return target_audience_type_0

        target_audience = _parse_target_audience(target_audience_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        target_audience = deviating_field(cls, "target_audience", target_audience_raw)

    return target_audience


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

_read_acx_volume_normalization = plain_reader("acx_volume_normalization", (bool,), "a boolean", False)

_read_volume_normalization = plain_reader("volume_normalization", (bool,), "a boolean", False)

_read_pronunciation_dictionary_locators = plain_reader(
    "pronunciation_dictionary_locators", (list,), "an array", False, ((str,), "a string")
)

_read_callback_url = plain_reader(
    "callback_url",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_fiction(cls: type[BodyCreateStudioProjectV1StudioProjectsPost], d: Mapping[str, Any]) -> Any:
    fiction_raw = d.get("fiction", UNSET)
    try:

        def _parse_fiction(data: object) -> BodyCreateStudioProjectV1StudioProjectsPostFictionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            fiction_type_0 = check_body_create_studio_project_v1_studio_projects_post_fiction_type_0(data)

            return fiction_type_0

        fiction = _parse_fiction(fiction_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        fiction = deviating_field(cls, "fiction", fiction_raw)

    return fiction


def _read_apply_text_normalization(cls: type[BodyCreateStudioProjectV1StudioProjectsPost], d: Mapping[str, Any]) -> Any:
    apply_text_normalization_raw = d.get("apply_text_normalization", UNSET)
    try:

        def _parse_apply_text_normalization(
            data: object,
        ) -> BodyCreateStudioProjectV1StudioProjectsPostApplyTextNormalizationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            apply_text_normalization_type_0 = (
                check_body_create_studio_project_v1_studio_projects_post_apply_text_normalization_type_0(data)
            )

            return apply_text_normalization_type_0

        apply_text_normalization = _parse_apply_text_normalization(apply_text_normalization_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        apply_text_normalization = deviating_field(cls, "apply_text_normalization", apply_text_normalization_raw)

    return apply_text_normalization


_read_auto_convert = plain_reader("auto_convert", (bool,), "a boolean", False)

_read_auto_assign_voices = plain_reader(
    "auto_assign_voices",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)


def _read_source_type(cls: type[BodyCreateStudioProjectV1StudioProjectsPost], d: Mapping[str, Any]) -> Any:
    source_type_raw = d.get("source_type", UNSET)
    try:

        def _parse_source_type(
            data: object,
        ) -> BodyCreateStudioProjectV1StudioProjectsPostSourceTypeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            source_type_type_0 = check_body_create_studio_project_v1_studio_projects_post_source_type_type_0(data)

            return source_type_type_0

        source_type = _parse_source_type(source_type_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        source_type = deviating_field(cls, "source_type", source_type_raw)

    return source_type


_read_voice_settings = plain_reader("voice_settings", (list,), "an array", False, ((str,), "a string"))

_read_create_publishing_read = plain_reader(
    "create_publishing_read",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "default_title_voice_id",
        "default_paragraph_voice_id",
        "default_model_id",
        "from_url",
        "from_document",
        "from_content_json",
        "quality_preset",
        "title",
        "author",
        "description",
        "genres",
        "target_audience",
        "language",
        "content_type",
        "original_publication_date",
        "mature_content",
        "isbn_number",
        "acx_volume_normalization",
        "volume_normalization",
        "pronunciation_dictionary_locators",
        "callback_url",
        "fiction",
        "apply_text_normalization",
        "auto_convert",
        "auto_assign_voices",
        "source_type",
        "voice_settings",
        "create_publishing_read",
    )
)


def _read_additional_properties(
    cls: type[BodyCreateStudioProjectV1StudioProjectsPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyCreateStudioProjectV1StudioProjectsPost], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    default_title_voice_id = d.get("default_title_voice_id", UNSET)
    if (
        default_title_voice_id.__class__ is not str
        and default_title_voice_id is not None
        and default_title_voice_id is not UNSET
    ):
        default_title_voice_id = _read_default_title_voice_id(cls, d)

    default_paragraph_voice_id = d.get("default_paragraph_voice_id", UNSET)
    if (
        default_paragraph_voice_id.__class__ is not str
        and default_paragraph_voice_id is not None
        and default_paragraph_voice_id is not UNSET
    ):
        default_paragraph_voice_id = _read_default_paragraph_voice_id(cls, d)

    default_model_id = d.get("default_model_id", UNSET)
    if default_model_id.__class__ is not str and default_model_id is not None and default_model_id is not UNSET:
        default_model_id = _read_default_model_id(cls, d)

    from_url = d.get("from_url", UNSET)
    if from_url.__class__ is not str and from_url is not None and from_url is not UNSET:
        from_url = _read_from_url(cls, d)

    if "from_document" in known:
        from_document = known["from_document"]
    else:
        from_document = d.get("from_document", UNSET)
        if from_document is not UNSET and from_document is not None:
            from_document = _read_from_document(cls, d)

    from_content_json = d.get("from_content_json", UNSET)
    if from_content_json.__class__ is not str and from_content_json is not UNSET:
        from_content_json = _read_from_content_json(cls, d)

    if "quality_preset" in known:
        quality_preset = known["quality_preset"]
    else:
        quality_preset = d.get("quality_preset", UNSET)
        if quality_preset is not UNSET:
            quality_preset = _read_quality_preset(cls, d)

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
    if genres.__class__ is not list and genres is not UNSET:
        genres = _read_genres(cls, d)
    elif genres.__class__ is list and genres:
        check_items(cls, "genres", genres, (str,), "a string")

    if "target_audience" in known:
        target_audience = known["target_audience"]
    else:
        target_audience = d.get("target_audience", UNSET)
        if target_audience is not UNSET and target_audience is not None:
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

    acx_volume_normalization = d.get("acx_volume_normalization", UNSET)
    if acx_volume_normalization.__class__ is not bool and acx_volume_normalization is not UNSET:
        acx_volume_normalization = _read_acx_volume_normalization(cls, d)

    volume_normalization = d.get("volume_normalization", UNSET)
    if volume_normalization.__class__ is not bool and volume_normalization is not UNSET:
        volume_normalization = _read_volume_normalization(cls, d)

    pronunciation_dictionary_locators = d.get("pronunciation_dictionary_locators", UNSET)
    if pronunciation_dictionary_locators.__class__ is not list and pronunciation_dictionary_locators is not UNSET:
        pronunciation_dictionary_locators = _read_pronunciation_dictionary_locators(cls, d)
    elif pronunciation_dictionary_locators.__class__ is list and pronunciation_dictionary_locators:
        check_items(cls, "pronunciation_dictionary_locators", pronunciation_dictionary_locators, (str,), "a string")

    callback_url = d.get("callback_url", UNSET)
    if callback_url.__class__ is not str and callback_url is not None and callback_url is not UNSET:
        callback_url = _read_callback_url(cls, d)

    if "fiction" in known:
        fiction = known["fiction"]
    else:
        fiction = d.get("fiction", UNSET)
        if fiction is not UNSET and fiction is not None:
            fiction = _read_fiction(cls, d)

    if "apply_text_normalization" in known:
        apply_text_normalization = known["apply_text_normalization"]
    else:
        apply_text_normalization = d.get("apply_text_normalization", UNSET)
        if apply_text_normalization is not UNSET and apply_text_normalization is not None:
            apply_text_normalization = _read_apply_text_normalization(cls, d)

    auto_convert = d.get("auto_convert", UNSET)
    if auto_convert.__class__ is not bool and auto_convert is not UNSET:
        auto_convert = _read_auto_convert(cls, d)

    auto_assign_voices = d.get("auto_assign_voices", UNSET)
    if auto_assign_voices.__class__ is not bool and auto_assign_voices is not None and auto_assign_voices is not UNSET:
        auto_assign_voices = _read_auto_assign_voices(cls, d)

    if "source_type" in known:
        source_type = known["source_type"]
    else:
        source_type = d.get("source_type", UNSET)
        if source_type is not UNSET and source_type is not None:
            source_type = _read_source_type(cls, d)

    voice_settings = d.get("voice_settings", UNSET)
    if voice_settings.__class__ is not list and voice_settings is not UNSET:
        voice_settings = _read_voice_settings(cls, d)
    elif voice_settings.__class__ is list and voice_settings:
        check_items(cls, "voice_settings", voice_settings, (str,), "a string")

    create_publishing_read = d.get("create_publishing_read", UNSET)
    if (
        create_publishing_read.__class__ is not bool
        and create_publishing_read is not None
        and create_publishing_read is not UNSET
    ):
        create_publishing_read = _read_create_publishing_read(cls, d)

    return {
        "name": name,
        "default_title_voice_id": default_title_voice_id,
        "default_paragraph_voice_id": default_paragraph_voice_id,
        "default_model_id": default_model_id,
        "from_url": from_url,
        "from_document": from_document,
        "from_content_json": from_content_json,
        "quality_preset": quality_preset,
        "title": title,
        "author": author,
        "description": description,
        "genres": genres,
        "target_audience": target_audience,
        "language": language,
        "content_type": content_type,
        "original_publication_date": original_publication_date,
        "mature_content": mature_content,
        "isbn_number": isbn_number,
        "acx_volume_normalization": acx_volume_normalization,
        "volume_normalization": volume_normalization,
        "pronunciation_dictionary_locators": pronunciation_dictionary_locators,
        "callback_url": callback_url,
        "fiction": fiction,
        "apply_text_normalization": apply_text_normalization,
        "auto_convert": auto_convert,
        "auto_assign_voices": auto_assign_voices,
        "source_type": source_type,
        "voice_settings": voice_settings,
        "create_publishing_read": create_publishing_read,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyCreateStudioProjectV1StudioProjectsPost,
    _all_fields,
    {
        "name": _read_name,
        "default_title_voice_id": _read_default_title_voice_id,
        "default_paragraph_voice_id": _read_default_paragraph_voice_id,
        "default_model_id": _read_default_model_id,
        "from_url": _read_from_url,
        "from_document": _read_from_document,
        "from_content_json": _read_from_content_json,
        "quality_preset": _read_quality_preset,
        "title": _read_title,
        "author": _read_author,
        "description": _read_description,
        "genres": _read_genres,
        "target_audience": _read_target_audience,
        "language": _read_language,
        "content_type": _read_content_type,
        "original_publication_date": _read_original_publication_date,
        "mature_content": _read_mature_content,
        "isbn_number": _read_isbn_number,
        "acx_volume_normalization": _read_acx_volume_normalization,
        "volume_normalization": _read_volume_normalization,
        "pronunciation_dictionary_locators": _read_pronunciation_dictionary_locators,
        "callback_url": _read_callback_url,
        "fiction": _read_fiction,
        "apply_text_normalization": _read_apply_text_normalization,
        "auto_convert": _read_auto_convert,
        "auto_assign_voices": _read_auto_assign_voices,
        "source_type": _read_source_type,
        "voice_settings": _read_voice_settings,
        "create_publishing_read": _read_create_publishing_read,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
