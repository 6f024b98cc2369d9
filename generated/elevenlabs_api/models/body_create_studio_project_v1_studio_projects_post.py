from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    FILE,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    union,
)
from ..models._literals import (
    BodyCreateStudioProjectV1StudioProjectsPostApplyTextNormalizationType0,
    BodyCreateStudioProjectV1StudioProjectsPostFictionType0,
    BodyCreateStudioProjectV1StudioProjectsPostSourceTypeType0,
    BodyCreateStudioProjectV1StudioProjectsPostTargetAudienceType0,
    QualityPresetType,
)
from ..types import UNSET, File, Unset


@_attrs_define(slots=False)
class BodyCreateStudioProjectV1StudioProjectsPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    name: The name of the Studio project, used for identification only.
    default_title_voice_id: The voice_id that corresponds to the default voice used for new titles.
    default_paragraph_voice_id: The voice_id that corresponds to the default voice used for new paragraphs.
    default_model_id: The ID of the model to be used for this Studio project, you can query GET /v1/models to list
        all available models.
    from_url: An optional URL from which we will extract content to initialize the Studio project. If this is set,
        'from_url' and 'from_content' must be null. If neither 'from_url', 'from_document', 'from_content' are provided
        we will initialize the Studio project as blank.
    from_document: An optional .epub, .pdf, .txt or similar file can be provided. If provided, we will initialize
        the Studio project with its content. If this is set, 'from_url' and 'from_content' must be null. If neither
        'from_url', 'from_document', 'from_content' are provided we will initialize the Studio project as blank.
    from_content_json:
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

    title: An optional name of the author of the Studio project, this will be added as metadata to the mp3 file on
        Studio project or chapter download.
    author: An optional name of the author of the Studio project, this will be added as metadata to the mp3 file on
        Studio project or chapter download.
    description: An optional description of the Studio project.
    genres: An optional list of genres associated with the Studio project.
    target_audience: An optional target audience of the Studio project.
    language: An optional language of the Studio project. Two-letter language code (ISO 639-1).
    content_type: An optional content type of the Studio project.
    original_publication_date: An optional original publication date of the Studio project, in the format YYYY-MM-DD
        or YYYY.
    mature_content: An optional specification of whether this Studio project contains mature content. Defaults to
        False on the server.
    isbn_number: An optional ISBN number of the Studio project you want to create, this will be added as metadata to
        the mp3 file on Studio project or chapter download.
    acx_volume_normalization: [Deprecated] When the Studio project is downloaded, should the returned audio have
        postprocessing in order to make it compliant with audiobook normalized volume requirements Defaults to False on
        the server.
    volume_normalization: When the Studio project is downloaded, should the returned audio have postprocessing in
        order to make it compliant with audiobook normalized volume requirements Defaults to False on the server.
    pronunciation_dictionary_locators: A list of pronunciation dictionary locators (pronunciation_dictionary_id,
        version_id) encoded as a list of JSON strings for pronunciation dictionaries to be applied to the text. A list
        of json encoded strings is required as adding projects may occur through formData as opposed to jsonBody. To
        specify multiple dictionaries use multiple --form lines in your curl, such as --form
        'pronunciation_dictionary_locators="{\\"pronunciation_dictionary_id\\":\\"Vm
        d4Zor6fplcA7WrINey\\",\\"version_id\\":\\"hRPaxjlTdR7wFMhV4w0b\\"}"' --form
        'pronunciation_dictionary_locators="{\\"pronunciation_dictionary_id\\":\\"Jz
        WtcGQMJ6bnlWwyMo7e\\",\\"version_id\\":\\"lbmwxiLu4q6txYxgdZqn\\"}"'.
    callback_url:
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

    fiction: An optional specification of whether the content of this Studio project is fiction.
    apply_text_normalization:
            This parameter controls text normalization with four modes: 'auto', 'on', 'apply_english' and 'off'.
            When set to 'auto', the system will automatically decide whether to apply text normalization
            (e.g., spelling out numbers). With 'on', text normalization will always be applied, while
            with 'off', it will be skipped. 'apply_english' is the same as 'on' but will assume that text is in English.

    auto_convert: Whether to auto convert the Studio project to audio or not. Defaults to False on the server.
    auto_assign_voices: [Alpha Feature] Whether automatically assign voices to phrases in the create Project.
        Defaults to False on the server.
    source_type: The type of Studio project to create.
    voice_settings:     Optional voice settings overrides for the project, encoded as a list of JSON strings.

            Example:
            ["{\\"voice_id\\": \\"21m00Tcm4TlvDq8ikWAM\\", \\"stability\\": 0.7, \\"similarity_boost\\": 0.8,
        \\"style\\": 0.5, \\"speed\\": 1.0, \\"use_speaker_boost\\": true}"]

    create_publishing_read: If true, creates a corresponding read for direct publishing in draft state Defaults to
        False on the server.
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("default_title_voice_id", "default_title_voice_id", union(STR, NULL)),
        Field("default_paragraph_voice_id", "default_paragraph_voice_id", union(STR, NULL)),
        Field("default_model_id", "default_model_id", union(STR, NULL)),
        Field("from_url", "from_url", union(STR, NULL)),
        Field("from_document", "from_document", union(FILE, NULL)),
        Field("from_content_json", "from_content_json", STR),
        Field("quality_preset", "quality_preset", literal("QualityPresetType")),
        Field("title", "title", union(STR, NULL)),
        Field("author", "author", union(STR, NULL)),
        Field("description", "description", union(STR, NULL)),
        Field("genres", "genres", list_of(STR)),
        Field(
            "target_audience",
            "target_audience",
            union(literal("BodyCreateStudioProjectV1StudioProjectsPostTargetAudienceType0"), NULL),
        ),
        Field("language", "language", union(STR, NULL)),
        Field("content_type", "content_type", union(STR, NULL)),
        Field("original_publication_date", "original_publication_date", union(STR, NULL)),
        Field("mature_content", "mature_content", union(BOOL, NULL)),
        Field("isbn_number", "isbn_number", union(STR, NULL)),
        Field("acx_volume_normalization", "acx_volume_normalization", BOOL),
        Field("volume_normalization", "volume_normalization", BOOL),
        Field("pronunciation_dictionary_locators", "pronunciation_dictionary_locators", list_of(STR)),
        Field("callback_url", "callback_url", union(STR, NULL)),
        Field("fiction", "fiction", union(literal("BodyCreateStudioProjectV1StudioProjectsPostFictionType0"), NULL)),
        Field(
            "apply_text_normalization",
            "apply_text_normalization",
            union(literal("BodyCreateStudioProjectV1StudioProjectsPostApplyTextNormalizationType0"), NULL),
        ),
        Field("auto_convert", "auto_convert", BOOL),
        Field("auto_assign_voices", "auto_assign_voices", union(BOOL, NULL)),
        Field(
            "source_type",
            "source_type",
            union(literal("BodyCreateStudioProjectV1StudioProjectsPostSourceTypeType0"), NULL),
        ),
        Field("voice_settings", "voice_settings", list_of(STR)),
        Field("create_publishing_read", "create_publishing_read", union(BOOL, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )

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
