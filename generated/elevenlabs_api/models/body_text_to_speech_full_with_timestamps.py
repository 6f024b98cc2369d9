from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    BodyTextToSpeechFullWithTimestampsApplyTextNormalization,
    check_body_text_to_speech_full_with_timestamps_apply_text_normalization,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    expect_array,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyTextToSpeechFullWithTimestamps")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyTextToSpeechFullWithTimestamps(Lazy):
    """Attributes:
    text (str): The text that will get converted into speech.
    model_id (str | Unset): Identifier of the model that will be used, you can query them using GET /v1/models. The
        model needs to have support for text to speech, you can check this using the can_do_text_to_speech property.
        Defaults to 'eleven_multilingual_v2' on the server.
    language_code (None | str | Unset): Language code (ISO 639-1) used to enforce a language for the model and text
        normalization. If the model does not support the provided language code, it will be ignored. This parameter is
        not supported for multilingual_v2 models.
    voice_settings (None | Unset | VoiceSettings): Voice settings overriding stored settings for the given voice.
        They are applied only on the given request.
    pronunciation_dictionary_locators (list[PronunciationDictionaryVersionLocatorRequestModel] | Unset): A list of
        pronunciation dictionary locators (id, version_id) to be applied to the text. They will be applied in order. You
        may have up to 3 locators per request
    seed (int | None | Unset): If specified, our system will make a best effort to sample deterministically, such
        that repeated requests with the same seed and parameters should return the same result. Determinism is not
        guaranteed. Must be integer between 0 and 4294967295.
    previous_text (None | str | Unset): The text that came before the text of the current request. Can be used to
        improve the speech's continuity when concatenating together multiple generations or to influence the speech's
        continuity in the current generation.
    next_text (None | str | Unset): The text that comes after the text of the current request. Can be used to
        improve the speech's continuity when concatenating together multiple generations or to influence the speech's
        continuity in the current generation.
    previous_request_ids (list[str] | Unset): A list of request_id of the samples that were generated before this
        generation. Can be used to improve the speech's continuity when splitting up a large task into multiple
        requests. The results will be best when the same model is used across the generations. In case both
        previous_text and previous_request_ids is send, previous_text will be ignored. A maximum of 3 request_ids can be
        send.
    next_request_ids (list[str] | Unset): A list of request_id of the samples that come after this generation.
        next_request_ids is especially useful for maintaining the speech's continuity when regenerating a sample that
        has had some audio quality issues. For example, if you have generated 3 speech clips, and you want to improve
        clip 2, passing the request id of clip 3 as a next_request_id (and that of clip 1 as a previous_request_id) will
        help maintain natural flow in the combined speech. The results will be best when the same model is used across
        the generations. In case both next_text and next_request_ids is send, next_text will be ignored. A maximum of 3
        request_ids can be send.
    use_pvc_as_ivc (bool | Unset): If true, we won't use PVC version of the voice for the generation but the IVC
        version. This is a temporary workaround for higher latency in PVC versions. Defaults to False on the server.
    apply_text_normalization (BodyTextToSpeechFullWithTimestampsApplyTextNormalization | Unset): This parameter
        controls text normalization with three modes: 'auto', 'on', and 'off'. When set to 'auto', the system will
        automatically decide whether to apply text normalization (e.g., spelling out numbers). With 'on', text
        normalization will always be applied, while with 'off', it will be skipped. Defaults to 'auto' on the server.
    apply_language_text_normalization (bool | Unset): This parameter controls language text normalization. This
        helps with proper pronunciation of text in some supported languages. WARNING: This parameter can heavily
        increase the latency of the request. Currently only supported for Japanese. Defaults to False on the server.
    """

    text: str

    model_id: str | Unset = UNSET

    language_code: None | str | Unset = UNSET

    voice_settings: None | Unset | VoiceSettings = UNSET

    pronunciation_dictionary_locators: list[PronunciationDictionaryVersionLocatorRequestModel] | Unset = UNSET

    seed: int | None | Unset = UNSET

    previous_text: None | str | Unset = UNSET

    next_text: None | str | Unset = UNSET

    previous_request_ids: list[str] | Unset = UNSET

    next_request_ids: list[str] | Unset = UNSET

    use_pvc_as_ivc: bool | Unset = UNSET

    apply_text_normalization: BodyTextToSpeechFullWithTimestampsApplyTextNormalization | Unset = UNSET

    apply_language_text_normalization: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("text",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        text = self.text

        model_id = self.model_id

        language_code: Any
        try:
            language_code = self.language_code

        except (AttributeError, TypeError):
            language_code = self.language_code

        voice_settings: Any
        try:
            if isinstance(self.voice_settings, Unset):
                voice_settings = UNSET
            elif isinstance(self.voice_settings, VoiceSettings):
                voice_settings = self.voice_settings.to_dict()
            else:
                voice_settings = self.voice_settings

        except (AttributeError, TypeError):
            voice_settings = self.voice_settings

        pronunciation_dictionary_locators: Any
        try:
            pronunciation_dictionary_locators = UNSET
            if not isinstance(self.pronunciation_dictionary_locators, Unset):
                pronunciation_dictionary_locators = []
                for pronunciation_dictionary_locators_item_data in self.pronunciation_dictionary_locators:
                    pronunciation_dictionary_locators_item = pronunciation_dictionary_locators_item_data.to_dict()
                    pronunciation_dictionary_locators.append(pronunciation_dictionary_locators_item)

        except (AttributeError, TypeError):
            pronunciation_dictionary_locators = self.pronunciation_dictionary_locators

        seed: Any
        try:
            seed = self.seed

        except (AttributeError, TypeError):
            seed = self.seed

        previous_text: Any
        try:
            previous_text = self.previous_text

        except (AttributeError, TypeError):
            previous_text = self.previous_text

        next_text: Any
        try:
            next_text = self.next_text

        except (AttributeError, TypeError):
            next_text = self.next_text

        previous_request_ids: Any
        try:
            previous_request_ids = UNSET
            if not isinstance(self.previous_request_ids, Unset):
                previous_request_ids = self.previous_request_ids

        except (AttributeError, TypeError):
            previous_request_ids = self.previous_request_ids

        next_request_ids: Any
        try:
            next_request_ids = UNSET
            if not isinstance(self.next_request_ids, Unset):
                next_request_ids = self.next_request_ids

        except (AttributeError, TypeError):
            next_request_ids = self.next_request_ids

        use_pvc_as_ivc = self.use_pvc_as_ivc

        apply_text_normalization: Any
        try:
            apply_text_normalization = UNSET
            if not isinstance(self.apply_text_normalization, Unset):
                apply_text_normalization = self.apply_text_normalization

        except (AttributeError, TypeError):
            apply_text_normalization = self.apply_text_normalization

        apply_language_text_normalization = self.apply_language_text_normalization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not None or "text" not in self._missing_fields:
            field_dict["text"] = text
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if language_code is not UNSET:
            field_dict["language_code"] = language_code
        if voice_settings is not UNSET:
            field_dict["voice_settings"] = voice_settings
        if pronunciation_dictionary_locators is not UNSET:
            field_dict["pronunciation_dictionary_locators"] = pronunciation_dictionary_locators
        if seed is not UNSET:
            field_dict["seed"] = seed
        if previous_text is not UNSET:
            field_dict["previous_text"] = previous_text
        if next_text is not UNSET:
            field_dict["next_text"] = next_text
        if previous_request_ids is not UNSET:
            field_dict["previous_request_ids"] = previous_request_ids
        if next_request_ids is not UNSET:
            field_dict["next_request_ids"] = next_request_ids
        if use_pvc_as_ivc is not UNSET:
            field_dict["use_pvc_as_ivc"] = use_pvc_as_ivc
        if apply_text_normalization is not UNSET:
            field_dict["apply_text_normalization"] = apply_text_normalization
        if apply_language_text_normalization is not UNSET:
            field_dict["apply_language_text_normalization"] = apply_language_text_normalization
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_text_to_speech_full_with_timestamps = cls.__new__(cls)
        body_text_to_speech_full_with_timestamps.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_text_to_speech_full_with_timestamps

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


_read_text = plain_reader("text", (str,), "a string", True)

_read_model_id = plain_reader("model_id", (str,), "a string", False)

_read_language_code = plain_reader(
    "language_code",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_voice_settings(cls: type[BodyTextToSpeechFullWithTimestamps], d: Mapping[str, Any]) -> Any:
    voice_settings_raw = d.get("voice_settings", UNSET)
    try:

        def _parse_voice_settings(data: object) -> None | Unset | VoiceSettings:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            voice_settings_type_0 = VoiceSettings.from_dict(data)

            return voice_settings_type_0

        voice_settings = _parse_voice_settings(voice_settings_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        voice_settings = deviating_field(cls, "voice_settings", voice_settings_raw)

    return voice_settings


def _read_pronunciation_dictionary_locators(cls: type[BodyTextToSpeechFullWithTimestamps], d: Mapping[str, Any]) -> Any:
    pronunciation_dictionary_locators_raw = d.get("pronunciation_dictionary_locators", UNSET)
    try:
        expect_array("pronunciation_dictionary_locators", pronunciation_dictionary_locators_raw)
        _pronunciation_dictionary_locators = pronunciation_dictionary_locators_raw
        pronunciation_dictionary_locators: list[PronunciationDictionaryVersionLocatorRequestModel] | Unset = UNSET
        if _pronunciation_dictionary_locators is not UNSET:
            pronunciation_dictionary_locators = []
            for pronunciation_dictionary_locators_item_data in _pronunciation_dictionary_locators:
                pronunciation_dictionary_locators_item = PronunciationDictionaryVersionLocatorRequestModel.from_dict(
                    pronunciation_dictionary_locators_item_data
                )

                pronunciation_dictionary_locators.append(pronunciation_dictionary_locators_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        pronunciation_dictionary_locators = deviating_field(
            cls, "pronunciation_dictionary_locators", pronunciation_dictionary_locators_raw
        )

    return pronunciation_dictionary_locators


_read_seed = plain_reader(
    "seed",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_previous_text = plain_reader(
    "previous_text",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_next_text = plain_reader(
    "next_text",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_previous_request_ids = plain_reader("previous_request_ids", (list,), "an array", False, ((str,), "a string"))

_read_next_request_ids = plain_reader("next_request_ids", (list,), "an array", False, ((str,), "a string"))

_read_use_pvc_as_ivc = plain_reader("use_pvc_as_ivc", (bool,), "a boolean", False)


def _read_apply_text_normalization(cls: type[BodyTextToSpeechFullWithTimestamps], d: Mapping[str, Any]) -> Any:
    apply_text_normalization_raw = d.get("apply_text_normalization", UNSET)
    try:
        _apply_text_normalization = apply_text_normalization_raw
        apply_text_normalization: BodyTextToSpeechFullWithTimestampsApplyTextNormalization | Unset
        if isinstance(_apply_text_normalization, Unset):
            apply_text_normalization = UNSET
        else:
            apply_text_normalization = check_body_text_to_speech_full_with_timestamps_apply_text_normalization(
                _apply_text_normalization
            )
    except (KeyError, TypeError, ValueError, AttributeError):
        apply_text_normalization = deviating_field(cls, "apply_text_normalization", apply_text_normalization_raw)

    return apply_text_normalization


_read_apply_language_text_normalization = plain_reader("apply_language_text_normalization", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "text",
        "model_id",
        "language_code",
        "voice_settings",
        "pronunciation_dictionary_locators",
        "seed",
        "previous_text",
        "next_text",
        "previous_request_ids",
        "next_request_ids",
        "use_pvc_as_ivc",
        "apply_text_normalization",
        "apply_language_text_normalization",
    )
)


def _read_additional_properties(cls: type[BodyTextToSpeechFullWithTimestamps], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyTextToSpeechFullWithTimestamps], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    text = d.get("text", MISSING)
    if text.__class__ is not str:
        text = _read_text(cls, d)

    model_id = d.get("model_id", UNSET)
    if model_id.__class__ is not str and model_id is not UNSET:
        model_id = _read_model_id(cls, d)

    language_code = d.get("language_code", UNSET)
    if language_code.__class__ is not str and language_code is not None and language_code is not UNSET:
        language_code = _read_language_code(cls, d)

    if "voice_settings" in known:
        voice_settings = known["voice_settings"]
    else:
        voice_settings = d.get("voice_settings", UNSET)
        if voice_settings is not UNSET and voice_settings is not None:
            voice_settings = _read_voice_settings(cls, d)

    if "pronunciation_dictionary_locators" in known:
        pronunciation_dictionary_locators = known["pronunciation_dictionary_locators"]
    else:
        pronunciation_dictionary_locators = d.get("pronunciation_dictionary_locators", UNSET)
        if pronunciation_dictionary_locators is not UNSET:
            pronunciation_dictionary_locators = _read_pronunciation_dictionary_locators(cls, d)

    seed = d.get("seed", UNSET)
    if seed.__class__ is not int and seed is not None and seed is not UNSET:
        seed = _read_seed(cls, d)

    previous_text = d.get("previous_text", UNSET)
    if previous_text.__class__ is not str and previous_text is not None and previous_text is not UNSET:
        previous_text = _read_previous_text(cls, d)

    next_text = d.get("next_text", UNSET)
    if next_text.__class__ is not str and next_text is not None and next_text is not UNSET:
        next_text = _read_next_text(cls, d)

    previous_request_ids = d.get("previous_request_ids", UNSET)
    if previous_request_ids.__class__ is not list and previous_request_ids is not UNSET:
        previous_request_ids = _read_previous_request_ids(cls, d)
    elif previous_request_ids.__class__ is list and previous_request_ids:
        check_items(cls, "previous_request_ids", previous_request_ids, (str,), "a string")

    next_request_ids = d.get("next_request_ids", UNSET)
    if next_request_ids.__class__ is not list and next_request_ids is not UNSET:
        next_request_ids = _read_next_request_ids(cls, d)
    elif next_request_ids.__class__ is list and next_request_ids:
        check_items(cls, "next_request_ids", next_request_ids, (str,), "a string")

    use_pvc_as_ivc = d.get("use_pvc_as_ivc", UNSET)
    if use_pvc_as_ivc.__class__ is not bool and use_pvc_as_ivc is not UNSET:
        use_pvc_as_ivc = _read_use_pvc_as_ivc(cls, d)

    if "apply_text_normalization" in known:
        apply_text_normalization = known["apply_text_normalization"]
    else:
        apply_text_normalization = d.get("apply_text_normalization", UNSET)
        if apply_text_normalization is not UNSET:
            apply_text_normalization = _read_apply_text_normalization(cls, d)

    apply_language_text_normalization = d.get("apply_language_text_normalization", UNSET)
    if apply_language_text_normalization.__class__ is not bool and apply_language_text_normalization is not UNSET:
        apply_language_text_normalization = _read_apply_language_text_normalization(cls, d)

    return {
        "text": text,
        "model_id": model_id,
        "language_code": language_code,
        "voice_settings": voice_settings,
        "pronunciation_dictionary_locators": pronunciation_dictionary_locators,
        "seed": seed,
        "previous_text": previous_text,
        "next_text": next_text,
        "previous_request_ids": previous_request_ids,
        "next_request_ids": next_request_ids,
        "use_pvc_as_ivc": use_pvc_as_ivc,
        "apply_text_normalization": apply_text_normalization,
        "apply_language_text_normalization": apply_language_text_normalization,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyTextToSpeechFullWithTimestamps,
    _all_fields,
    {
        "text": _read_text,
        "model_id": _read_model_id,
        "language_code": _read_language_code,
        "voice_settings": _read_voice_settings,
        "pronunciation_dictionary_locators": _read_pronunciation_dictionary_locators,
        "seed": _read_seed,
        "previous_text": _read_previous_text,
        "next_text": _read_next_text,
        "previous_request_ids": _read_previous_request_ids,
        "next_request_ids": _read_next_request_ids,
        "use_pvc_as_ivc": _read_use_pvc_as_ivc,
        "apply_text_normalization": _read_apply_text_normalization,
        "apply_language_text_normalization": _read_apply_language_text_normalization,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.pronunciation_dictionary_version_locator_request_model import (
    PronunciationDictionaryVersionLocatorRequestModel,
)
from ..models.voice_settings import VoiceSettings
