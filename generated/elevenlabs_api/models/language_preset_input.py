from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class LanguagePresetInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    overrides:  Example: {'agent': {'first_message': 'Hello, how can I help you today?', 'language': 'en', 'prompt':
        {'knowledge_base': [], 'llm': 'gemini-2.0-flash-001', 'prompt': 'You are a helpful assistant that can answer
        questions about the topic of the conversation.', 'tool_ids': []}}, 'asr': {'keywords': ['hello', 'world']},
        'conversation': {'max_duration_seconds': 600}, 'tts': {'model_id': 'eleven_turbo_v2',
        'pronunciation_dictionary_locators': [], 'similarity_boost': 0.8, 'speed': 1.0, 'stability': 0.5, 'voice_id':
        'cjVigY5qzO86Huf0OWal'}, 'turn': {'soft_timeout_config': {'message': 'Hhmmmm...yeah.'}}}.
    first_message_translation: The translation of the first message
    soft_timeout_translation: The translation of the soft timeout message
    """

    overrides: ConversationConfigClientOverrideInput

    first_message_translation: LanguagePresetTranslation | None | Unset = UNSET

    soft_timeout_translation: LanguagePresetTranslation | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("overrides", "overrides", object_of("ConversationConfigClientOverrideInput"), required=True),
        Field(
            "first_message_translation",
            "first_message_translation",
            union(object_of("LanguagePresetTranslation"), NULL),
        ),
        Field(
            "soft_timeout_translation", "soft_timeout_translation", union(object_of("LanguagePresetTranslation"), NULL)
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_config_client_override_input import ConversationConfigClientOverrideInput
from ..models.language_preset_translation import LanguagePresetTranslation
