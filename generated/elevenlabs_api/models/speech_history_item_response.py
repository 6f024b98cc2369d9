from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import SpeechHistoryItemResponseModelSource, SpeechHistoryItemResponseModelVoiceCategory
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class SpeechHistoryItemResponse(Lazy, AdditionalProperties[Any]):
    """Attributes:
    history_item_id: The ID of the history item.
    date_unix: Unix timestamp of when the item was created.
    character_count_change_from: The character count change from.
    character_count_change_to: The character count change to.
    content_type: The content type of the generated item.
    state: Any type
    request_id: The ID of the request.
    voice_id: The ID of the voice used.
    model_id: The ID of the model.
    voice_name: The name of the voice.
    voice_category: The category of the voice. Either 'premade', 'cloned', 'generated' or 'professional'.
    text: The text used to generate the audio item.
    settings: The settings of the history item.
    feedback: Feedback associated with the generated item. Returns null if no feedback has been provided.
    share_link_id: The ID of the share link.
    source: The source of the history item. Either TTS (text to speech), STS (speech to text), AN (audio native),
        Projects, Dubbing, PlayAPI, PD (pronunciation dictionary) or ConvAI (Agents Platform).
    alignments: The alignments of the history item.
    dialogue: The dialogue (voice and text pairs) used to generate the audio item. If this is set then the top level
        `text` and `voice_id` fields will be empty.
    """

    history_item_id: str

    date_unix: int

    character_count_change_from: int

    character_count_change_to: int

    content_type: str

    state: Any

    request_id: None | str | Unset = UNSET

    voice_id: None | str | Unset = UNSET

    model_id: None | str | Unset = UNSET

    voice_name: None | str | Unset = UNSET

    voice_category: None | SpeechHistoryItemResponseModelVoiceCategory | str | Unset = UNSET

    text: None | str | Unset = UNSET

    settings: None | SpeechHistoryItemResponseModelSettings | Unset = UNSET

    feedback: FeedbackItem | None | Unset = UNSET

    share_link_id: None | str | Unset = UNSET

    source: None | SpeechHistoryItemResponseModelSource | str | Unset = UNSET

    alignments: HistoryAlignmentsResponseModel | None | Unset = UNSET

    dialogue: list[DialogueInputResponseModel] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("history_item_id", "history_item_id", STR, required=True),
        Field("date_unix", "date_unix", INT, required=True),
        Field("character_count_change_from", "character_count_change_from", INT, required=True),
        Field("character_count_change_to", "character_count_change_to", INT, required=True),
        Field("content_type", "content_type", STR, required=True),
        Field("state", "state", ANY, required=True),
        Field("request_id", "request_id", union(STR, NULL)),
        Field("voice_id", "voice_id", union(STR, NULL)),
        Field("model_id", "model_id", union(STR, NULL)),
        Field("voice_name", "voice_name", union(STR, NULL)),
        Field(
            "voice_category", "voice_category", union(literal("SpeechHistoryItemResponseModelVoiceCategory"), NULL, STR)
        ),
        Field("text", "text", union(STR, NULL)),
        Field("settings", "settings", union(object_of("SpeechHistoryItemResponseModelSettings"), NULL)),
        Field("feedback", "feedback", union(object_of("FeedbackItem"), NULL)),
        Field("share_link_id", "share_link_id", union(STR, NULL)),
        Field("source", "source", union(literal("SpeechHistoryItemResponseModelSource"), NULL, STR)),
        Field("alignments", "alignments", union(object_of("HistoryAlignmentsResponseModel"), NULL)),
        Field("dialogue", "dialogue", union(list_of(object_of("DialogueInputResponseModel")), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class DialogueInputResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    text: The text of the dialogue input line.
    voice_id: The ID of the voice used for this dialogue input line.
    voice_name: The name of the voice used for this dialogue input line.
    """

    text: str

    voice_id: str

    voice_name: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text", "text", STR, required=True),
        Field("voice_id", "voice_id", STR, required=True),
        Field("voice_name", "voice_name", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class FeedbackItem(Lazy, AdditionalProperties[Any]):
    """Attributes:
    thumbs_up: Whether the user liked the generated item.
    feedback: The feedback text provided by the user.
    emotions: Whether the user provided emotions.
    inaccurate_clone: Whether the user thinks the clone is inaccurate.
    glitches: Whether the user thinks there are glitches in the audio.
    audio_quality: Whether the user thinks the audio quality is good.
    other: Whether the user provided other feedback.
    review_status: The review status of the item. Defaults to 'not_reviewed'. Defaults to 'not_reviewed' on the
        server.
    """

    thumbs_up: bool

    feedback: str

    emotions: bool

    inaccurate_clone: bool

    glitches: bool

    audio_quality: bool

    other: bool

    review_status: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("thumbs_up", "thumbs_up", BOOL, required=True),
        Field("feedback", "feedback", STR, required=True),
        Field("emotions", "emotions", BOOL, required=True),
        Field("inaccurate_clone", "inaccurate_clone", BOOL, required=True),
        Field("glitches", "glitches", BOOL, required=True),
        Field("audio_quality", "audio_quality", BOOL, required=True),
        Field("other", "other", BOOL, required=True),
        Field("review_status", "review_status", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class HistoryAlignmentResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    characters: The characters in the alignment.
    character_start_times_seconds: The start times of the characters in seconds.
    character_end_times_seconds: The end times of the characters in seconds.
    """

    characters: list[str]

    character_start_times_seconds: list[float]

    character_end_times_seconds: list[float]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("characters", "characters", list_of(STR), required=True),
        Field("character_start_times_seconds", "character_start_times_seconds", list_of(FLOAT), required=True),
        Field("character_end_times_seconds", "character_end_times_seconds", list_of(FLOAT), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class HistoryAlignmentsResponseModel(Lazy, AdditionalProperties[Any]):
    alignment: HistoryAlignmentResponseModel

    normalized_alignment: HistoryAlignmentResponseModel

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("alignment", "alignment", object_of("HistoryAlignmentResponseModel"), required=True),
        Field(
            "normalized_alignment", "normalized_alignment", object_of("HistoryAlignmentResponseModel"), required=True
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class SpeechHistoryItemResponseModelSettings(Lazy, AdditionalProperties[Any]):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)
