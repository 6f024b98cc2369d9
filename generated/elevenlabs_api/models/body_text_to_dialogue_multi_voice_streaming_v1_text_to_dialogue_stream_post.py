from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
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
from ..models._literals import (
    BodyTextToDialogueMultiVoiceStreamingV1TextToDialogueStreamPostApplyTextNormalization,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyTextToDialogueMultiVoiceStreamingV1TextToDialogueStreamPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    inputs: A list of dialogue inputs, each containing text and a voice ID which will be converted into speech. The
        maximum number of unique voice IDs is 10. For reliable generation, keep the total character count across all
        `inputs[].text` values at or below 2,000 characters per request. Longer requests can terminate early in
        streaming responses or return a validation error.
    model_id: Identifier of the model that will be used, you can query them using GET /v1/models. The model needs to
        have support for text to speech, you can check this using the can_do_text_to_speech property. Defaults to
        'eleven_v3' on the server.
    language_code: Language code (ISO 639-1) used to enforce a language for the model and text normalization. If the
        model does not support the provided language code, it will be ignored. This parameter is not supported for
        multilingual_v2 models.
    settings: Settings controlling the dialogue generation.
    pronunciation_dictionary_locators: A list of pronunciation dictionary locators (id, version_id) to be applied to
        the text. They will be applied in order. You may have up to 3 locators per request
    seed: If specified, our system will make a best effort to sample deterministically, such that repeated requests
        with the same seed and parameters should return the same result. Determinism is not guaranteed. Must be integer
        between 0 and 4294967295.
    apply_text_normalization: This parameter controls text normalization with three modes: 'auto', 'on', and 'off'.
        When set to 'auto', the system will automatically decide whether to apply text normalization (e.g., spelling out
        numbers). With 'on', text normalization will always be applied, while with 'off', it will be skipped. Defaults
        to 'auto' on the server.
    """

    inputs: list[DialogueInput]

    model_id: str | Unset = UNSET

    language_code: None | str | Unset = UNSET

    settings: ModelSettingsResponseModel | None | Unset = UNSET

    pronunciation_dictionary_locators: list[PronunciationDictionaryVersionLocatorRequestModel] | None | Unset = UNSET

    seed: int | None | Unset = UNSET

    apply_text_normalization: (
        BodyTextToDialogueMultiVoiceStreamingV1TextToDialogueStreamPostApplyTextNormalization | Unset
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("inputs", "inputs", list_of(object_of("DialogueInput")), required=True),
        Field("model_id", "model_id", STR),
        Field("language_code", "language_code", union(STR, NULL)),
        Field("settings", "settings", union(object_of("ModelSettingsResponseModel"), NULL)),
        Field(
            "pronunciation_dictionary_locators",
            "pronunciation_dictionary_locators",
            union(list_of(object_of("PronunciationDictionaryVersionLocatorRequestModel")), NULL),
        ),
        Field("seed", "seed", union(INT, NULL)),
        Field(
            "apply_text_normalization",
            "apply_text_normalization",
            literal("BodyTextToDialogueMultiVoiceStreamingV1TextToDialogueStreamPostApplyTextNormalization"),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dialogue_input import DialogueInput
from ..models.model_settings_response_model import ModelSettingsResponseModel
from ..models.pronunciation_dictionary_version_locator_request_model import (
    PronunciationDictionaryVersionLocatorRequestModel,
)
