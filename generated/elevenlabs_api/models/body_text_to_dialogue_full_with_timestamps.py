from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    BodyTextToDialogueFullWithTimestampsApplyTextNormalization,
    check_body_text_to_dialogue_full_with_timestamps_apply_text_normalization,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyTextToDialogueFullWithTimestamps")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyTextToDialogueFullWithTimestamps(Lazy):
    """Attributes:
    inputs (list[DialogueInput]): A list of dialogue inputs, each containing text and a voice ID which will be
        converted into speech. The maximum number of unique voice IDs is 10. For reliable generation, keep the total
        character count across all `inputs[].text` values at or below 2,000 characters per request. Longer requests can
        terminate early in streaming responses or return a validation error.
    model_id (str | Unset): Identifier of the model that will be used, you can query them using GET /v1/models. The
        model needs to have support for text to speech, you can check this using the can_do_text_to_speech property.
        Defaults to 'eleven_v3' on the server.
    language_code (None | str | Unset): Language code (ISO 639-1) used to enforce a language for the model and text
        normalization. If the model does not support the provided language code, it will be ignored. This parameter is
        not supported for multilingual_v2 models.
    settings (ModelSettingsResponseModel | None | Unset): Settings controlling the dialogue generation.
    pronunciation_dictionary_locators (list[PronunciationDictionaryVersionLocatorRequestModel] | None | Unset): A
        list of pronunciation dictionary locators (id, version_id) to be applied to the text. They will be applied in
        order. You may have up to 3 locators per request
    seed (int | None | Unset): If specified, our system will make a best effort to sample deterministically, such
        that repeated requests with the same seed and parameters should return the same result. Determinism is not
        guaranteed. Must be integer between 0 and 4294967295.
    apply_text_normalization (BodyTextToDialogueFullWithTimestampsApplyTextNormalization | Unset): This parameter
        controls text normalization with three modes: 'auto', 'on', and 'off'. When set to 'auto', the system will
        automatically decide whether to apply text normalization (e.g., spelling out numbers). With 'on', text
        normalization will always be applied, while with 'off', it will be skipped. Defaults to 'auto' on the server.
    """

    inputs: list[DialogueInput]

    model_id: str | Unset = UNSET

    language_code: None | str | Unset = UNSET

    settings: ModelSettingsResponseModel | None | Unset = UNSET

    pronunciation_dictionary_locators: list[PronunciationDictionaryVersionLocatorRequestModel] | None | Unset = UNSET

    seed: int | None | Unset = UNSET

    apply_text_normalization: BodyTextToDialogueFullWithTimestampsApplyTextNormalization | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("inputs",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        inputs: Any
        try:
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item = inputs_item_data.to_dict()
                inputs.append(inputs_item)

        except (AttributeError, TypeError):
            inputs = self.inputs

        model_id = self.model_id

        language_code: Any
        try:
            language_code = self.language_code

        except (AttributeError, TypeError):
            language_code = self.language_code

        settings: Any
        try:
            if isinstance(self.settings, Unset):
                settings = UNSET
            elif isinstance(self.settings, ModelSettingsResponseModel):
                settings = self.settings.to_dict()
            else:
                settings = self.settings

        except (AttributeError, TypeError):
            settings = self.settings

        pronunciation_dictionary_locators: Any
        try:
            if isinstance(self.pronunciation_dictionary_locators, Unset):
                pronunciation_dictionary_locators = UNSET
            elif isinstance(self.pronunciation_dictionary_locators, list):
                pronunciation_dictionary_locators = []
                for pronunciation_dictionary_locators_type_0_item_data in self.pronunciation_dictionary_locators:
                    pronunciation_dictionary_locators_type_0_item = (
                        pronunciation_dictionary_locators_type_0_item_data.to_dict()
                    )
                    pronunciation_dictionary_locators.append(pronunciation_dictionary_locators_type_0_item)

            else:
                pronunciation_dictionary_locators = self.pronunciation_dictionary_locators

        except (AttributeError, TypeError):
            pronunciation_dictionary_locators = self.pronunciation_dictionary_locators

        seed: Any
        try:
            seed = self.seed

        except (AttributeError, TypeError):
            seed = self.seed

        apply_text_normalization: Any
        try:
            apply_text_normalization = UNSET
            if not isinstance(self.apply_text_normalization, Unset):
                apply_text_normalization = self.apply_text_normalization

        except (AttributeError, TypeError):
            apply_text_normalization = self.apply_text_normalization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if inputs is not None or "inputs" not in self._missing_fields:
            field_dict["inputs"] = inputs
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if language_code is not UNSET:
            field_dict["language_code"] = language_code
        if settings is not UNSET:
            field_dict["settings"] = settings
        if pronunciation_dictionary_locators is not UNSET:
            field_dict["pronunciation_dictionary_locators"] = pronunciation_dictionary_locators
        if seed is not UNSET:
            field_dict["seed"] = seed
        if apply_text_normalization is not UNSET:
            field_dict["apply_text_normalization"] = apply_text_normalization
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_text_to_dialogue_full_with_timestamps = cls.__new__(cls)
        body_text_to_dialogue_full_with_timestamps.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_text_to_dialogue_full_with_timestamps

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


def _read_inputs(cls: type[BodyTextToDialogueFullWithTimestamps], d: Mapping[str, Any]) -> Any:
    inputs_raw = d.get("inputs", MISSING)
    if inputs_raw is MISSING:
        inputs = missing_field(cls, "inputs")
    else:
        try:
            expect_array("inputs", inputs_raw)
            inputs = []
            _inputs = inputs_raw
            for inputs_item_data in _inputs:
                inputs_item = DialogueInput.from_dict(inputs_item_data)

                inputs.append(inputs_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            inputs = deviating_field(cls, "inputs", inputs_raw)

    return inputs


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


def _read_settings(cls: type[BodyTextToDialogueFullWithTimestamps], d: Mapping[str, Any]) -> Any:
    settings_raw = d.get("settings", UNSET)
    try:

        def _parse_settings(data: object) -> ModelSettingsResponseModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            settings_type_0 = ModelSettingsResponseModel.from_dict(data)

            return settings_type_0

        settings = _parse_settings(settings_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        settings = deviating_field(cls, "settings", settings_raw)

    return settings


def _read_pronunciation_dictionary_locators(
    cls: type[BodyTextToDialogueFullWithTimestamps], d: Mapping[str, Any]
) -> Any:
    pronunciation_dictionary_locators_raw = d.get("pronunciation_dictionary_locators", UNSET)
    try:

        def _parse_pronunciation_dictionary_locators(
            data: object,
        ) -> list[PronunciationDictionaryVersionLocatorRequestModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            pronunciation_dictionary_locators_type_0 = []
            _pronunciation_dictionary_locators_type_0 = data
            for pronunciation_dictionary_locators_type_0_item_data in _pronunciation_dictionary_locators_type_0:
                pronunciation_dictionary_locators_type_0_item = (
                    PronunciationDictionaryVersionLocatorRequestModel.from_dict(
                        pronunciation_dictionary_locators_type_0_item_data
                    )
                )

                pronunciation_dictionary_locators_type_0.append(pronunciation_dictionary_locators_type_0_item)

            return pronunciation_dictionary_locators_type_0

        pronunciation_dictionary_locators = _parse_pronunciation_dictionary_locators(
            pronunciation_dictionary_locators_raw
        )
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


def _read_apply_text_normalization(cls: type[BodyTextToDialogueFullWithTimestamps], d: Mapping[str, Any]) -> Any:
    apply_text_normalization_raw = d.get("apply_text_normalization", UNSET)
    try:
        _apply_text_normalization = apply_text_normalization_raw
        apply_text_normalization: BodyTextToDialogueFullWithTimestampsApplyTextNormalization | Unset
        if isinstance(_apply_text_normalization, Unset):
            apply_text_normalization = UNSET
        else:
            apply_text_normalization = check_body_text_to_dialogue_full_with_timestamps_apply_text_normalization(
                _apply_text_normalization
            )
    except (KeyError, TypeError, ValueError, AttributeError):
        apply_text_normalization = deviating_field(cls, "apply_text_normalization", apply_text_normalization_raw)

    return apply_text_normalization


_FIELDS: frozenset[str] = frozenset(
    (
        "inputs",
        "model_id",
        "language_code",
        "settings",
        "pronunciation_dictionary_locators",
        "seed",
        "apply_text_normalization",
    )
)


def _read_additional_properties(
    cls: type[BodyTextToDialogueFullWithTimestamps], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyTextToDialogueFullWithTimestamps], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "inputs" in known:
        inputs = known["inputs"]
    else:
        inputs = _read_inputs(cls, d)

    model_id = d.get("model_id", UNSET)
    if model_id.__class__ is not str and model_id is not UNSET:
        model_id = _read_model_id(cls, d)

    language_code = d.get("language_code", UNSET)
    if language_code.__class__ is not str and language_code is not None and language_code is not UNSET:
        language_code = _read_language_code(cls, d)

    if "settings" in known:
        settings = known["settings"]
    else:
        settings = d.get("settings", UNSET)
        if settings is not UNSET and settings is not None:
            settings = _read_settings(cls, d)

    if "pronunciation_dictionary_locators" in known:
        pronunciation_dictionary_locators = known["pronunciation_dictionary_locators"]
    else:
        pronunciation_dictionary_locators = d.get("pronunciation_dictionary_locators", UNSET)
        if pronunciation_dictionary_locators is not UNSET and pronunciation_dictionary_locators is not None:
            pronunciation_dictionary_locators = _read_pronunciation_dictionary_locators(cls, d)

    seed = d.get("seed", UNSET)
    if seed.__class__ is not int and seed is not None and seed is not UNSET:
        seed = _read_seed(cls, d)

    if "apply_text_normalization" in known:
        apply_text_normalization = known["apply_text_normalization"]
    else:
        apply_text_normalization = d.get("apply_text_normalization", UNSET)
        if apply_text_normalization is not UNSET:
            apply_text_normalization = _read_apply_text_normalization(cls, d)

    return {
        "inputs": inputs,
        "model_id": model_id,
        "language_code": language_code,
        "settings": settings,
        "pronunciation_dictionary_locators": pronunciation_dictionary_locators,
        "seed": seed,
        "apply_text_normalization": apply_text_normalization,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyTextToDialogueFullWithTimestamps,
    _all_fields,
    {
        "inputs": _read_inputs,
        "model_id": _read_model_id,
        "language_code": _read_language_code,
        "settings": _read_settings,
        "pronunciation_dictionary_locators": _read_pronunciation_dictionary_locators,
        "seed": _read_seed,
        "apply_text_normalization": _read_apply_text_normalization,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dialogue_input import DialogueInput
from ..models.model_settings_response_model import ModelSettingsResponseModel
from ..models.pronunciation_dictionary_version_locator_request_model import (
    PronunciationDictionaryVersionLocatorRequestModel,
)
