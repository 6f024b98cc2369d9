from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    SpeechHistoryItemResponseModelSource,
    SpeechHistoryItemResponseModelVoiceCategory,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="SpeechHistoryItemResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SpeechHistoryItemResponse(Lazy):
    """Attributes:
    history_item_id (str): The ID of the history item.
    date_unix (int): Unix timestamp of when the item was created.
    character_count_change_from (int): The character count change from.
    character_count_change_to (int): The character count change to.
    content_type (str): The content type of the generated item.
    state (Any): Any type
    request_id (None | str | Unset): The ID of the request.
    voice_id (None | str | Unset): The ID of the voice used.
    model_id (None | str | Unset): The ID of the model.
    voice_name (None | str | Unset): The name of the voice.
    voice_category (None | SpeechHistoryItemResponseModelVoiceCategory | str | Unset): The category of the voice.
        Either 'premade', 'cloned', 'generated' or 'professional'.
    text (None | str | Unset): The text used to generate the audio item.
    settings (None | SpeechHistoryItemResponseModelSettings | Unset): The settings of the history item.
    feedback (FeedbackItem | None | Unset): Feedback associated with the generated item. Returns null if no feedback
        has been provided.
    share_link_id (None | str | Unset): The ID of the share link.
    source (None | SpeechHistoryItemResponseModelSource | str | Unset): The source of the history item. Either TTS
        (text to speech), STS (speech to text), AN (audio native), Projects, Dubbing, PlayAPI, PD (pronunciation
        dictionary) or ConvAI (Agents Platform).
    alignments (HistoryAlignmentsResponseModel | None | Unset): The alignments of the history item.
    dialogue (list[DialogueInputResponseModel] | None | Unset): The dialogue (voice and text pairs) used to generate
        the audio item. If this is set then the top level `text` and `voice_id` fields will be empty.
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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "history_item_id",
        "date_unix",
        "character_count_change_from",
        "character_count_change_to",
        "content_type",
        "state",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        history_item_id = self.history_item_id

        date_unix = self.date_unix

        character_count_change_from = self.character_count_change_from

        character_count_change_to = self.character_count_change_to

        content_type = self.content_type

        state = self.state

        request_id: Any
        try:
            request_id = self.request_id

        except (AttributeError, TypeError):
            request_id = self.request_id

        voice_id: Any
        try:
            voice_id = self.voice_id

        except (AttributeError, TypeError):
            voice_id = self.voice_id

        model_id: Any
        try:
            model_id = self.model_id

        except (AttributeError, TypeError):
            model_id = self.model_id

        voice_name: Any
        try:
            voice_name = self.voice_name

        except (AttributeError, TypeError):
            voice_name = self.voice_name

        voice_category: Any
        try:
            if isinstance(self.voice_category, Unset):
                voice_category = UNSET
            elif isinstance(self.voice_category, str):
                voice_category = self.voice_category
            else:
                voice_category = self.voice_category

        except (AttributeError, TypeError):
            voice_category = self.voice_category

        text: Any
        try:
            text = self.text

        except (AttributeError, TypeError):
            text = self.text

        settings: Any
        try:
            if isinstance(self.settings, Unset):
                settings = UNSET
            elif isinstance(self.settings, SpeechHistoryItemResponseModelSettings):
                settings = self.settings.to_dict()
            else:
                settings = self.settings

        except (AttributeError, TypeError):
            settings = self.settings

        feedback: Any
        try:
            if isinstance(self.feedback, Unset):
                feedback = UNSET
            elif isinstance(self.feedback, FeedbackItem):
                feedback = self.feedback.to_dict()
            else:
                feedback = self.feedback

        except (AttributeError, TypeError):
            feedback = self.feedback

        share_link_id: Any
        try:
            share_link_id = self.share_link_id

        except (AttributeError, TypeError):
            share_link_id = self.share_link_id

        source: Any
        try:
            if isinstance(self.source, Unset):
                source = UNSET
            elif isinstance(self.source, str):
                source = self.source
            else:
                source = self.source

        except (AttributeError, TypeError):
            source = self.source

        alignments: Any
        try:
            if isinstance(self.alignments, Unset):
                alignments = UNSET
            elif isinstance(self.alignments, HistoryAlignmentsResponseModel):
                alignments = self.alignments.to_dict()
            else:
                alignments = self.alignments

        except (AttributeError, TypeError):
            alignments = self.alignments

        dialogue: Any
        try:
            if isinstance(self.dialogue, Unset):
                dialogue = UNSET
            elif isinstance(self.dialogue, list):
                dialogue = []
                for dialogue_type_0_item_data in self.dialogue:
                    dialogue_type_0_item = dialogue_type_0_item_data.to_dict()
                    dialogue.append(dialogue_type_0_item)

            else:
                dialogue = self.dialogue

        except (AttributeError, TypeError):
            dialogue = self.dialogue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if history_item_id is not None or "history_item_id" not in self._missing_fields:
            field_dict["history_item_id"] = history_item_id
        if date_unix is not None or "date_unix" not in self._missing_fields:
            field_dict["date_unix"] = date_unix
        if character_count_change_from is not None or "character_count_change_from" not in self._missing_fields:
            field_dict["character_count_change_from"] = character_count_change_from
        if character_count_change_to is not None or "character_count_change_to" not in self._missing_fields:
            field_dict["character_count_change_to"] = character_count_change_to
        if content_type is not None or "content_type" not in self._missing_fields:
            field_dict["content_type"] = content_type
        if state is not None or "state" not in self._missing_fields:
            field_dict["state"] = state
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if voice_name is not UNSET:
            field_dict["voice_name"] = voice_name
        if voice_category is not UNSET:
            field_dict["voice_category"] = voice_category
        if text is not UNSET:
            field_dict["text"] = text
        if settings is not UNSET:
            field_dict["settings"] = settings
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        if share_link_id is not UNSET:
            field_dict["share_link_id"] = share_link_id
        if source is not UNSET:
            field_dict["source"] = source
        if alignments is not UNSET:
            field_dict["alignments"] = alignments
        if dialogue is not UNSET:
            field_dict["dialogue"] = dialogue
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        speech_history_item_response = cls.__new__(cls)
        speech_history_item_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return speech_history_item_response

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


_read_history_item_id = plain_reader("history_item_id", (str,), "a string", True)

_read_date_unix = plain_reader("date_unix", (int,), "an integer", True)

_read_character_count_change_from = plain_reader("character_count_change_from", (int,), "an integer", True)

_read_character_count_change_to = plain_reader("character_count_change_to", (int,), "an integer", True)

_read_content_type = plain_reader("content_type", (str,), "a string", True)

_read_state = plain_reader("state", None, "", True)

_read_request_id = plain_reader(
    "request_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_voice_id = plain_reader(
    "voice_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_model_id = plain_reader(
    "model_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_voice_name = plain_reader(
    "voice_name",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_voice_category = plain_reader(
    "voice_category",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)

_read_text = plain_reader(
    "text",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_settings(cls: type[SpeechHistoryItemResponse], d: Mapping[str, Any]) -> Any:
    settings_raw = d.get("settings", UNSET)
    try:

        def _parse_settings(data: object) -> None | SpeechHistoryItemResponseModelSettings | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            settings_type_0 = SpeechHistoryItemResponseModelSettings.from_dict(data)

            return settings_type_0

        settings = _parse_settings(settings_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        settings = deviating_field(cls, "settings", settings_raw)

    return settings


def _read_feedback(cls: type[SpeechHistoryItemResponse], d: Mapping[str, Any]) -> Any:
    feedback_raw = d.get("feedback", UNSET)
    try:

        def _parse_feedback(data: object) -> FeedbackItem | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            feedback_type_0 = FeedbackItem.from_dict(data)

            return feedback_type_0

        feedback = _parse_feedback(feedback_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        feedback = deviating_field(cls, "feedback", feedback_raw)

    return feedback


_read_share_link_id = plain_reader(
    "share_link_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_source = plain_reader(
    "source",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)


def _read_alignments(cls: type[SpeechHistoryItemResponse], d: Mapping[str, Any]) -> Any:
    alignments_raw = d.get("alignments", UNSET)
    try:

        def _parse_alignments(data: object) -> HistoryAlignmentsResponseModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            alignments_type_0 = HistoryAlignmentsResponseModel.from_dict(data)

            return alignments_type_0

        alignments = _parse_alignments(alignments_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        alignments = deviating_field(cls, "alignments", alignments_raw)

    return alignments


def _read_dialogue(cls: type[SpeechHistoryItemResponse], d: Mapping[str, Any]) -> Any:
    dialogue_raw = d.get("dialogue", UNSET)
    try:

        def _parse_dialogue(data: object) -> list[DialogueInputResponseModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            dialogue_type_0 = []
            _dialogue_type_0 = data
            for dialogue_type_0_item_data in _dialogue_type_0:
                dialogue_type_0_item = DialogueInputResponseModel.from_dict(dialogue_type_0_item_data)

                dialogue_type_0.append(dialogue_type_0_item)

            return dialogue_type_0

        dialogue = _parse_dialogue(dialogue_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        dialogue = deviating_field(cls, "dialogue", dialogue_raw)

    return dialogue


_FIELDS: frozenset[str] = frozenset(
    (
        "history_item_id",
        "date_unix",
        "character_count_change_from",
        "character_count_change_to",
        "content_type",
        "state",
        "request_id",
        "voice_id",
        "model_id",
        "voice_name",
        "voice_category",
        "text",
        "settings",
        "feedback",
        "share_link_id",
        "source",
        "alignments",
        "dialogue",
    )
)


def _read_additional_properties(cls: type[SpeechHistoryItemResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SpeechHistoryItemResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    history_item_id = d.get("history_item_id", MISSING)
    if history_item_id.__class__ is not str:
        history_item_id = _read_history_item_id(cls, d)

    date_unix = d.get("date_unix", MISSING)
    if date_unix.__class__ is not int:
        date_unix = _read_date_unix(cls, d)

    character_count_change_from = d.get("character_count_change_from", MISSING)
    if character_count_change_from.__class__ is not int:
        character_count_change_from = _read_character_count_change_from(cls, d)

    character_count_change_to = d.get("character_count_change_to", MISSING)
    if character_count_change_to.__class__ is not int:
        character_count_change_to = _read_character_count_change_to(cls, d)

    content_type = d.get("content_type", MISSING)
    if content_type.__class__ is not str:
        content_type = _read_content_type(cls, d)

    state = _read_state(cls, d)

    request_id = d.get("request_id", UNSET)
    if request_id.__class__ is not str and request_id is not None and request_id is not UNSET:
        request_id = _read_request_id(cls, d)

    voice_id = d.get("voice_id", UNSET)
    if voice_id.__class__ is not str and voice_id is not None and voice_id is not UNSET:
        voice_id = _read_voice_id(cls, d)

    model_id = d.get("model_id", UNSET)
    if model_id.__class__ is not str and model_id is not None and model_id is not UNSET:
        model_id = _read_model_id(cls, d)

    voice_name = d.get("voice_name", UNSET)
    if voice_name.__class__ is not str and voice_name is not None and voice_name is not UNSET:
        voice_name = _read_voice_name(cls, d)

    voice_category = d.get("voice_category", UNSET)
    if voice_category is not None and voice_category.__class__ is not str and voice_category is not UNSET:
        voice_category = _read_voice_category(cls, d)

    text = d.get("text", UNSET)
    if text.__class__ is not str and text is not None and text is not UNSET:
        text = _read_text(cls, d)

    if "settings" in known:
        settings = known["settings"]
    else:
        settings = d.get("settings", UNSET)
        if settings is not UNSET and settings is not None:
            settings = _read_settings(cls, d)

    if "feedback" in known:
        feedback = known["feedback"]
    else:
        feedback = d.get("feedback", UNSET)
        if feedback is not UNSET and feedback is not None:
            feedback = _read_feedback(cls, d)

    share_link_id = d.get("share_link_id", UNSET)
    if share_link_id.__class__ is not str and share_link_id is not None and share_link_id is not UNSET:
        share_link_id = _read_share_link_id(cls, d)

    source = d.get("source", UNSET)
    if source is not None and source.__class__ is not str and source is not UNSET:
        source = _read_source(cls, d)

    if "alignments" in known:
        alignments = known["alignments"]
    else:
        alignments = d.get("alignments", UNSET)
        if alignments is not UNSET and alignments is not None:
            alignments = _read_alignments(cls, d)

    if "dialogue" in known:
        dialogue = known["dialogue"]
    else:
        dialogue = d.get("dialogue", UNSET)
        if dialogue is not UNSET and dialogue is not None:
            dialogue = _read_dialogue(cls, d)

    return {
        "history_item_id": history_item_id,
        "date_unix": date_unix,
        "character_count_change_from": character_count_change_from,
        "character_count_change_to": character_count_change_to,
        "content_type": content_type,
        "state": state,
        "request_id": request_id,
        "voice_id": voice_id,
        "model_id": model_id,
        "voice_name": voice_name,
        "voice_category": voice_category,
        "text": text,
        "settings": settings,
        "feedback": feedback,
        "share_link_id": share_link_id,
        "source": source,
        "alignments": alignments,
        "dialogue": dialogue,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    SpeechHistoryItemResponse,
    _all_fields,
    {
        "history_item_id": _read_history_item_id,
        "date_unix": _read_date_unix,
        "character_count_change_from": _read_character_count_change_from,
        "character_count_change_to": _read_character_count_change_to,
        "content_type": _read_content_type,
        "state": _read_state,
        "request_id": _read_request_id,
        "voice_id": _read_voice_id,
        "model_id": _read_model_id,
        "voice_name": _read_voice_name,
        "voice_category": _read_voice_category,
        "text": _read_text,
        "settings": _read_settings,
        "feedback": _read_feedback,
        "share_link_id": _read_share_link_id,
        "source": _read_source,
        "alignments": _read_alignments,
        "dialogue": _read_dialogue,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dialogue_input_response_model import DialogueInputResponseModel
from ..models.feedback_item import FeedbackItem
from ..models.history_alignments_response_model import HistoryAlignmentsResponseModel
from ..models.speech_history_item_response_model_settings import SpeechHistoryItemResponseModelSettings
