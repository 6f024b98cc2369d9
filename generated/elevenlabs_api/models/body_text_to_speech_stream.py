from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
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
    BodyTextToSpeechStreamApplyTextNormalization,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class BodyTextToSpeechStream(Lazy, AdditionalProperties[Any]):
    """Attributes:
    text: The text that will get converted into speech.
    model_id: Identifier of the model that will be used, you can query them using GET /v1/models. The model needs to
        have support for text to speech, you can check this using the can_do_text_to_speech property. Defaults to
        'eleven_multilingual_v2' on the server.
    language_code: Language code (ISO 639-1) used to enforce a language for the model and text normalization. If the
        model does not support the provided language code, it will be ignored. This parameter is not supported for
        multilingual_v2 models.
    voice_settings: Voice settings overriding stored settings for the given voice. They are applied only on the
        given request.
    pronunciation_dictionary_locators: A list of pronunciation dictionary locators (id, version_id) to be applied to
        the text. They will be applied in order. You may have up to 3 locators per request
    seed: If specified, our system will make a best effort to sample deterministically, such that repeated requests
        with the same seed and parameters should return the same result. Determinism is not guaranteed. Must be integer
        between 0 and 4294967295.
    previous_text: The text that came before the text of the current request. Can be used to improve the speech's
        continuity when concatenating together multiple generations or to influence the speech's continuity in the
        current generation.
    next_text: The text that comes after the text of the current request. Can be used to improve the speech's
        continuity when concatenating together multiple generations or to influence the speech's continuity in the
        current generation.
    previous_request_ids: A list of request_id of the samples that were generated before this generation. Can be
        used to improve the speech's continuity when splitting up a large task into multiple requests. The results will
        be best when the same model is used across the generations. In case both previous_text and previous_request_ids
        is send, previous_text will be ignored. A maximum of 3 request_ids can be send.
    next_request_ids: A list of request_id of the samples that come after this generation. next_request_ids is
        especially useful for maintaining the speech's continuity when regenerating a sample that has had some audio
        quality issues. For example, if you have generated 3 speech clips, and you want to improve clip 2, passing the
        request id of clip 3 as a next_request_id (and that of clip 1 as a previous_request_id) will help maintain
        natural flow in the combined speech. The results will be best when the same model is used across the
        generations. In case both next_text and next_request_ids is send, next_text will be ignored. A maximum of 3
        request_ids can be send.
    use_pvc_as_ivc: If true, we won't use PVC version of the voice for the generation but the IVC version. This is a
        temporary workaround for higher latency in PVC versions. Defaults to False on the server.
    apply_text_normalization: This parameter controls text normalization with three modes: 'auto', 'on', and 'off'.
        When set to 'auto', the system will automatically decide whether to apply text normalization (e.g., spelling out
        numbers). With 'on', text normalization will always be applied, while with 'off', it will be skipped. Defaults
        to 'auto' on the server.
    apply_language_text_normalization: This parameter controls language text normalization. This helps with proper
        pronunciation of text in some supported languages. WARNING: This parameter can heavily increase the latency of
        the request. Currently only supported for Japanese. Defaults to False on the server.
    """

    text: str

    model_id: str | Unset = UNSET

    language_code: None | str | Unset = UNSET

    voice_settings: None | Unset | VoiceSettings = UNSET

    pronunciation_dictionary_locators: list[PronunciationDictionaryVersionLocatorRequestModel] | None | Unset = UNSET

    seed: int | None | Unset = UNSET

    previous_text: None | str | Unset = UNSET

    next_text: None | str | Unset = UNSET

    previous_request_ids: list[str] | None | Unset = UNSET

    next_request_ids: list[str] | None | Unset = UNSET

    use_pvc_as_ivc: bool | Unset = UNSET

    apply_text_normalization: BodyTextToSpeechStreamApplyTextNormalization | Unset = UNSET

    apply_language_text_normalization: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text", "text", STR, required=True),
        Field("model_id", "model_id", STR),
        Field("language_code", "language_code", union(STR, NULL)),
        Field("voice_settings", "voice_settings", union(object_of("VoiceSettings"), NULL)),
        Field(
            "pronunciation_dictionary_locators",
            "pronunciation_dictionary_locators",
            union(list_of(object_of("PronunciationDictionaryVersionLocatorRequestModel")), NULL),
        ),
        Field("seed", "seed", union(INT, NULL)),
        Field("previous_text", "previous_text", union(STR, NULL)),
        Field("next_text", "next_text", union(STR, NULL)),
        Field("previous_request_ids", "previous_request_ids", union(list_of(STR), NULL)),
        Field("next_request_ids", "next_request_ids", union(list_of(STR), NULL)),
        Field("use_pvc_as_ivc", "use_pvc_as_ivc", BOOL),
        Field(
            "apply_text_normalization",
            "apply_text_normalization",
            literal("BodyTextToSpeechStreamApplyTextNormalization"),
        ),
        Field("apply_language_text_normalization", "apply_language_text_normalization", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.pronunciation_dictionary_version_locator_request_model import (
    PronunciationDictionaryVersionLocatorRequestModel,
)
from ..models.voice_settings import VoiceSettings
