from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    SpeechHistoryItemResponseModelSource,
    SpeechHistoryItemResponseModelVoiceCategory,
)
from ..types import (
    ANY,
    INT,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)


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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dialogue_input_response_model import DialogueInputResponseModel
from ..models.feedback_item import FeedbackItem
from ..models.history_alignments_response_model import HistoryAlignmentsResponseModel
from ..models.speech_history_item_response_model_settings import SpeechHistoryItemResponseModelSettings
