from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
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
    BodyCreatePodcastV1StudioPodcastsPostApplyTextNormalizationType0,
    BodyCreatePodcastV1StudioPodcastsPostTheDurationOfTheGeneratedPodcastThisVariesDependingOnTheFormatVoiceAndLanguage,
    QualityPresetType,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyCreatePodcastV1StudioPodcastsPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    model_id: The ID of the model to be used for this Studio project, you can query GET /v1/models to list all
        available models.
    mode: The type of podcast to generate. Can be 'conversation', an interaction between two voices, or 'bulletin',
        a monologue.
    source: The source content for the Podcast.
    duration_scale: Duration of the generated podcast. Must be one of:
        short - produces podcasts shorter than 3 minutes.
        default - produces podcasts roughly between 3-7 minutes.
        long - produces podcasts longer than 7 minutes. Defaults to 'default' on the server.
    language: An optional language of the Studio project. Two-letter language code (ISO 639-1).
    intro: The intro text that will always be added to the beginning of the podcast.
    outro: The outro text that will always be added to the end of the podcast.
    instructions_prompt: Additional instructions prompt for the podcast generation used to adjust the podcast's
        style and tone.
    highlights: A brief summary or highlights of the Studio project's content, providing key points or themes. This
        should be between 10 and 70 characters.
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

    apply_text_normalization:
            This parameter controls text normalization with four modes: 'auto', 'on', 'apply_english' and 'off'.
            When set to 'auto', the system will automatically decide whether to apply text normalization
            (e.g., spelling out numbers). With 'on', text normalization will always be applied, while
            with 'off', it will be skipped. 'apply_english' is the same as 'on' but will assume that text is in English.

    """

    model_id: str

    mode: PodcastBulletinMode | PodcastConversationMode

    source: list[PodcastTextSource | PodcastUrlSource] | PodcastTextSource | PodcastUrlSource

    quality_preset: QualityPresetType | Unset = UNSET

    duration_scale: (
        BodyCreatePodcastV1StudioPodcastsPostTheDurationOfTheGeneratedPodcastThisVariesDependingOnTheFormatVoiceAndLanguage
        | Unset
    ) = UNSET

    language: None | str | Unset = UNSET

    intro: None | str | Unset = UNSET

    outro: None | str | Unset = UNSET

    instructions_prompt: None | str | Unset = UNSET

    highlights: list[str] | None | Unset = UNSET

    callback_url: None | str | Unset = UNSET

    apply_text_normalization: BodyCreatePodcastV1StudioPodcastsPostApplyTextNormalizationType0 | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("model_id", "model_id", STR, required=True),
        Field(
            "mode", "mode", union(object_of("PodcastConversationMode"), object_of("PodcastBulletinMode")), required=True
        ),
        Field(
            "source",
            "source",
            union(
                object_of("PodcastTextSource"),
                object_of("PodcastUrlSource"),
                list_of(union(object_of("PodcastTextSource"), object_of("PodcastUrlSource"))),
            ),
            required=True,
        ),
        Field("quality_preset", "quality_preset", literal("QualityPresetType")),
        Field(
            "duration_scale",
            "duration_scale",
            literal(
                "BodyCreatePodcastV1StudioPodcastsPostTheDurationOfTheGeneratedPodcastThisVariesDependingOnTheFormatVoiceAndLanguage"
            ),
        ),
        Field("language", "language", union(STR, NULL)),
        Field("intro", "intro", union(STR, NULL)),
        Field("outro", "outro", union(STR, NULL)),
        Field("instructions_prompt", "instructions_prompt", union(STR, NULL)),
        Field("highlights", "highlights", union(list_of(STR), NULL)),
        Field("callback_url", "callback_url", union(STR, NULL)),
        Field(
            "apply_text_normalization",
            "apply_text_normalization",
            union(literal("BodyCreatePodcastV1StudioPodcastsPostApplyTextNormalizationType0"), NULL),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class PodcastBulletinMode(Lazy, AdditionalProperties[Any]):
    """Example:
        {'bulletin': {'host_voice_id': 'aw1NgEzBg83R7vgmiJt6'}, 'type': 'bulletin'}

    Attributes:
        type_: The type of podcast to create.
        bulletin:  Example: {'host_voice_id': 'aw1NgEzBg83R7vgmiJt6'}.
    """

    type_: Literal["bulletin"] = _attrs_field(
        default="bulletin",
        kw_only=True,
        alias="type",
        validator=types.tag("PodcastBulletinMode", "type", "bulletin"),
    )

    bulletin: PodcastBulletinModeData

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("bulletin"), required=True),
        Field("bulletin", "bulletin", object_of("PodcastBulletinModeData"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(PodcastBulletinMode, type_="type")


@_attrs_define(slots=False)
class PodcastBulletinModeData(Lazy, AdditionalProperties[Any]):
    """Example:
        {'host_voice_id': 'aw1NgEzBg83R7vgmiJt6'}

    Attributes:
        host_voice_id: The ID of the host voice.
    """

    host_voice_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("host_voice_id", "host_voice_id", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class PodcastConversationMode(Lazy, AdditionalProperties[Any]):
    """Example:
        {'conversation': {'guest_voice_id': 'aw1NgEzBg83R7vgmiJt7', 'host_voice_id': 'aw1NgEzBg83R7vgmiJt6'}, 'type':
        'conversation'}

    Attributes:
        type_: The type of podcast to create.
        conversation:  Example: {'guest_voice_id': 'aw1NgEzBg83R7vgmiJt7', 'host_voice_id': 'aw1NgEzBg83R7vgmiJt6'}.
    """

    type_: Literal["conversation"] = _attrs_field(
        default="conversation",
        kw_only=True,
        alias="type",
        validator=types.tag("PodcastConversationMode", "type", "conversation"),
    )

    conversation: PodcastConversationModeData

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("conversation"), required=True),
        Field("conversation", "conversation", object_of("PodcastConversationModeData"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(PodcastConversationMode, type_="type")


@_attrs_define(slots=False)
class PodcastConversationModeData(Lazy, AdditionalProperties[Any]):
    """Example:
        {'guest_voice_id': 'aw1NgEzBg83R7vgmiJt7', 'host_voice_id': 'aw1NgEzBg83R7vgmiJt6'}

    Attributes:
        host_voice_id: The ID of the host voice.
        guest_voice_id: The ID of the guest voice.
    """

    host_voice_id: str

    guest_voice_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("host_voice_id", "host_voice_id", STR, required=True),
        Field("guest_voice_id", "guest_voice_id", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class PodcastTextSource(Lazy, AdditionalProperties[Any]):
    """Example:
        {'text': 'This is a test podcast.', 'type': 'text'}

    Attributes:
        type_: The type of source to create.
        text: The text to create the podcast from.
    """

    type_: Literal["text"] = _attrs_field(
        default="text",
        kw_only=True,
        alias="type",
        validator=types.tag("PodcastTextSource", "type", "text"),
    )

    text: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("text"), required=True),
        Field("text", "text", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(PodcastTextSource, type_="type")


@_attrs_define(slots=False)
class PodcastUrlSource(Lazy, AdditionalProperties[Any]):
    """Example:
        {'type': 'url', 'url': 'https://www.example.com'}

    Attributes:
        type_: The type of source to create.
        url: The URL to create the podcast from.
    """

    type_: Literal["url"] = _attrs_field(
        default="url",
        kw_only=True,
        alias="type",
        validator=types.tag("PodcastUrlSource", "type", "url"),
    )

    url: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("url"), required=True),
        Field("url", "url", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(PodcastUrlSource, type_="type")
