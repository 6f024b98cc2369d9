from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="Model")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class Model(Lazy):
    """Example:
        {'can_be_finetuned': True, 'can_do_text_to_speech': True, 'can_do_voice_conversion': True,
        'can_use_speaker_boost': True, 'can_use_style': True, 'concurrency_group': 'standard_eleven_multilingual_v2',
        'description': 'Our state of the art multilingual speech synthesis model, able to generate life-like speech in
        29 languages.', 'languages': [{'language_id': 'en', 'name': 'English'}], 'max_characters_request_free_user':
        2500, 'max_characters_request_subscribed_user': 5000, 'maximum_text_length_per_request': 1000000, 'model_id':
        'eleven_multilingual_v2', 'model_rates': {'character_cost_multiplier': 1.0, 'cost_discount_multiplier': 1.0},
        'name': 'Eleven Multilingual v2', 'requires_alpha_access': False, 'serves_pro_voices': False,
        'token_cost_factor': 1.0}

    Attributes:
        model_id (str): The unique identifier of the model.
        name (str): The name of the model.
        can_be_finetuned (bool): Whether the model can be finetuned.
        can_do_text_to_speech (bool): Whether the model can do text-to-speech.
        can_do_voice_conversion (bool): Whether the model can do voice conversion.
        can_use_style (bool): Whether the model can use style.
        can_use_speaker_boost (bool): Whether the model can use speaker boost.
        serves_pro_voices (bool): Whether the model serves pro voices.
        token_cost_factor (float): The cost factor for the model.
        description (str): The description of the model.
        requires_alpha_access (bool): Whether the model requires alpha access.
        max_characters_request_free_user (int): The maximum number of characters that can be requested by a free user.
        max_characters_request_subscribed_user (int): The maximum number of characters that can be requested by a
            subscribed user.
        maximum_text_length_per_request (int): The maximum length of text that can be requested for this model.
        languages (list[LanguageResponse]): The languages supported by the model.
        model_rates (ModelRatesResponseModel):  Example: {'character_cost_multiplier': 1.0, 'cost_discount_multiplier':
            1.0}.
        concurrency_group (str): The concurrency group for the model.
    """

    model_id: str

    name: str

    can_be_finetuned: bool

    can_do_text_to_speech: bool

    can_do_voice_conversion: bool

    can_use_style: bool

    can_use_speaker_boost: bool

    serves_pro_voices: bool

    token_cost_factor: float

    description: str

    requires_alpha_access: bool

    max_characters_request_free_user: int

    max_characters_request_subscribed_user: int

    maximum_text_length_per_request: int

    languages: list[LanguageResponse]

    model_rates: ModelRatesResponseModel

    concurrency_group: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "model_id",
        "name",
        "can_be_finetuned",
        "can_do_text_to_speech",
        "can_do_voice_conversion",
        "can_use_style",
        "can_use_speaker_boost",
        "serves_pro_voices",
        "token_cost_factor",
        "description",
        "requires_alpha_access",
        "max_characters_request_free_user",
        "max_characters_request_subscribed_user",
        "maximum_text_length_per_request",
        "languages",
        "model_rates",
        "concurrency_group",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        model_id = self.model_id

        name = self.name

        can_be_finetuned = self.can_be_finetuned

        can_do_text_to_speech = self.can_do_text_to_speech

        can_do_voice_conversion = self.can_do_voice_conversion

        can_use_style = self.can_use_style

        can_use_speaker_boost = self.can_use_speaker_boost

        serves_pro_voices = self.serves_pro_voices

        token_cost_factor = self.token_cost_factor

        description = self.description

        requires_alpha_access = self.requires_alpha_access

        max_characters_request_free_user = self.max_characters_request_free_user

        max_characters_request_subscribed_user = self.max_characters_request_subscribed_user

        maximum_text_length_per_request = self.maximum_text_length_per_request

        languages: Any
        try:
            languages = []
            for languages_item_data in self.languages:
                languages_item = languages_item_data.to_dict()
                languages.append(languages_item)

        except (AttributeError, TypeError):
            languages = self.languages

        model_rates: Any
        try:
            model_rates = self.model_rates.to_dict()
        except (AttributeError, TypeError):
            model_rates = self.model_rates

        concurrency_group = self.concurrency_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if model_id is not None or "model_id" not in self._missing_fields:
            field_dict["model_id"] = model_id
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if can_be_finetuned is not None or "can_be_finetuned" not in self._missing_fields:
            field_dict["can_be_finetuned"] = can_be_finetuned
        if can_do_text_to_speech is not None or "can_do_text_to_speech" not in self._missing_fields:
            field_dict["can_do_text_to_speech"] = can_do_text_to_speech
        if can_do_voice_conversion is not None or "can_do_voice_conversion" not in self._missing_fields:
            field_dict["can_do_voice_conversion"] = can_do_voice_conversion
        if can_use_style is not None or "can_use_style" not in self._missing_fields:
            field_dict["can_use_style"] = can_use_style
        if can_use_speaker_boost is not None or "can_use_speaker_boost" not in self._missing_fields:
            field_dict["can_use_speaker_boost"] = can_use_speaker_boost
        if serves_pro_voices is not None or "serves_pro_voices" not in self._missing_fields:
            field_dict["serves_pro_voices"] = serves_pro_voices
        if token_cost_factor is not None or "token_cost_factor" not in self._missing_fields:
            field_dict["token_cost_factor"] = token_cost_factor
        if description is not None or "description" not in self._missing_fields:
            field_dict["description"] = description
        if requires_alpha_access is not None or "requires_alpha_access" not in self._missing_fields:
            field_dict["requires_alpha_access"] = requires_alpha_access
        if (
            max_characters_request_free_user is not None
            or "max_characters_request_free_user" not in self._missing_fields
        ):
            field_dict["max_characters_request_free_user"] = max_characters_request_free_user
        if (
            max_characters_request_subscribed_user is not None
            or "max_characters_request_subscribed_user" not in self._missing_fields
        ):
            field_dict["max_characters_request_subscribed_user"] = max_characters_request_subscribed_user
        if maximum_text_length_per_request is not None or "maximum_text_length_per_request" not in self._missing_fields:
            field_dict["maximum_text_length_per_request"] = maximum_text_length_per_request
        if languages is not None or "languages" not in self._missing_fields:
            field_dict["languages"] = languages
        if model_rates is not None or "model_rates" not in self._missing_fields:
            field_dict["model_rates"] = model_rates
        if concurrency_group is not None or "concurrency_group" not in self._missing_fields:
            field_dict["concurrency_group"] = concurrency_group
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        model = cls.__new__(cls)
        model.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return model

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


_read_model_id = plain_reader("model_id", (str,), "a string", True)

_read_name = plain_reader("name", (str,), "a string", True)

_read_can_be_finetuned = plain_reader("can_be_finetuned", (bool,), "a boolean", True)

_read_can_do_text_to_speech = plain_reader("can_do_text_to_speech", (bool,), "a boolean", True)

_read_can_do_voice_conversion = plain_reader("can_do_voice_conversion", (bool,), "a boolean", True)

_read_can_use_style = plain_reader("can_use_style", (bool,), "a boolean", True)

_read_can_use_speaker_boost = plain_reader("can_use_speaker_boost", (bool,), "a boolean", True)

_read_serves_pro_voices = plain_reader("serves_pro_voices", (bool,), "a boolean", True)

_read_token_cost_factor = plain_reader(
    "token_cost_factor",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_description = plain_reader("description", (str,), "a string", True)

_read_requires_alpha_access = plain_reader("requires_alpha_access", (bool,), "a boolean", True)

_read_max_characters_request_free_user = plain_reader("max_characters_request_free_user", (int,), "an integer", True)

_read_max_characters_request_subscribed_user = plain_reader(
    "max_characters_request_subscribed_user", (int,), "an integer", True
)

_read_maximum_text_length_per_request = plain_reader("maximum_text_length_per_request", (int,), "an integer", True)


def _read_languages(cls: type[Model], d: Mapping[str, Any]) -> Any:
    languages_raw = d.get("languages", MISSING)
    if languages_raw is MISSING:
        languages = missing_field(cls, "languages")
    else:
        try:
            expect_array("languages", languages_raw)
            languages = []
            _languages = languages_raw
            for languages_item_data in _languages:
                languages_item = LanguageResponse.from_dict(languages_item_data)

                languages.append(languages_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            languages = deviating_field(cls, "languages", languages_raw)

    return languages


def _read_model_rates(cls: type[Model], d: Mapping[str, Any]) -> Any:
    model_rates_raw = d.get("model_rates", MISSING)
    if model_rates_raw is MISSING:
        model_rates = missing_field(cls, "model_rates")
    else:
        try:
            model_rates = ModelRatesResponseModel.from_dict(model_rates_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            model_rates = deviating_field(cls, "model_rates", model_rates_raw)

    return model_rates


_read_concurrency_group = plain_reader("concurrency_group", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "model_id",
        "name",
        "can_be_finetuned",
        "can_do_text_to_speech",
        "can_do_voice_conversion",
        "can_use_style",
        "can_use_speaker_boost",
        "serves_pro_voices",
        "token_cost_factor",
        "description",
        "requires_alpha_access",
        "max_characters_request_free_user",
        "max_characters_request_subscribed_user",
        "maximum_text_length_per_request",
        "languages",
        "model_rates",
        "concurrency_group",
    )
)


def _read_additional_properties(cls: type[Model], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[Model], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    model_id = d.get("model_id", MISSING)
    if model_id.__class__ is not str:
        model_id = _read_model_id(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    can_be_finetuned = d.get("can_be_finetuned", MISSING)
    if can_be_finetuned.__class__ is not bool:
        can_be_finetuned = _read_can_be_finetuned(cls, d)

    can_do_text_to_speech = d.get("can_do_text_to_speech", MISSING)
    if can_do_text_to_speech.__class__ is not bool:
        can_do_text_to_speech = _read_can_do_text_to_speech(cls, d)

    can_do_voice_conversion = d.get("can_do_voice_conversion", MISSING)
    if can_do_voice_conversion.__class__ is not bool:
        can_do_voice_conversion = _read_can_do_voice_conversion(cls, d)

    can_use_style = d.get("can_use_style", MISSING)
    if can_use_style.__class__ is not bool:
        can_use_style = _read_can_use_style(cls, d)

    can_use_speaker_boost = d.get("can_use_speaker_boost", MISSING)
    if can_use_speaker_boost.__class__ is not bool:
        can_use_speaker_boost = _read_can_use_speaker_boost(cls, d)

    serves_pro_voices = d.get("serves_pro_voices", MISSING)
    if serves_pro_voices.__class__ is not bool:
        serves_pro_voices = _read_serves_pro_voices(cls, d)

    token_cost_factor = d.get("token_cost_factor", MISSING)
    if token_cost_factor.__class__ is not float and token_cost_factor.__class__ is not int:
        token_cost_factor = _read_token_cost_factor(cls, d)

    description = d.get("description", MISSING)
    if description.__class__ is not str:
        description = _read_description(cls, d)

    requires_alpha_access = d.get("requires_alpha_access", MISSING)
    if requires_alpha_access.__class__ is not bool:
        requires_alpha_access = _read_requires_alpha_access(cls, d)

    max_characters_request_free_user = d.get("max_characters_request_free_user", MISSING)
    if max_characters_request_free_user.__class__ is not int:
        max_characters_request_free_user = _read_max_characters_request_free_user(cls, d)

    max_characters_request_subscribed_user = d.get("max_characters_request_subscribed_user", MISSING)
    if max_characters_request_subscribed_user.__class__ is not int:
        max_characters_request_subscribed_user = _read_max_characters_request_subscribed_user(cls, d)

    maximum_text_length_per_request = d.get("maximum_text_length_per_request", MISSING)
    if maximum_text_length_per_request.__class__ is not int:
        maximum_text_length_per_request = _read_maximum_text_length_per_request(cls, d)

    if "languages" in known:
        languages = known["languages"]
    else:
        languages = _read_languages(cls, d)

    if "model_rates" in known:
        model_rates = known["model_rates"]
    else:
        model_rates = _read_model_rates(cls, d)

    concurrency_group = d.get("concurrency_group", MISSING)
    if concurrency_group.__class__ is not str:
        concurrency_group = _read_concurrency_group(cls, d)

    return {
        "model_id": model_id,
        "name": name,
        "can_be_finetuned": can_be_finetuned,
        "can_do_text_to_speech": can_do_text_to_speech,
        "can_do_voice_conversion": can_do_voice_conversion,
        "can_use_style": can_use_style,
        "can_use_speaker_boost": can_use_speaker_boost,
        "serves_pro_voices": serves_pro_voices,
        "token_cost_factor": token_cost_factor,
        "description": description,
        "requires_alpha_access": requires_alpha_access,
        "max_characters_request_free_user": max_characters_request_free_user,
        "max_characters_request_subscribed_user": max_characters_request_subscribed_user,
        "maximum_text_length_per_request": maximum_text_length_per_request,
        "languages": languages,
        "model_rates": model_rates,
        "concurrency_group": concurrency_group,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    Model,
    _all_fields,
    {
        "model_id": _read_model_id,
        "name": _read_name,
        "can_be_finetuned": _read_can_be_finetuned,
        "can_do_text_to_speech": _read_can_do_text_to_speech,
        "can_do_voice_conversion": _read_can_do_voice_conversion,
        "can_use_style": _read_can_use_style,
        "can_use_speaker_boost": _read_can_use_speaker_boost,
        "serves_pro_voices": _read_serves_pro_voices,
        "token_cost_factor": _read_token_cost_factor,
        "description": _read_description,
        "requires_alpha_access": _read_requires_alpha_access,
        "max_characters_request_free_user": _read_max_characters_request_free_user,
        "max_characters_request_subscribed_user": _read_max_characters_request_subscribed_user,
        "maximum_text_length_per_request": _read_maximum_text_length_per_request,
        "languages": _read_languages,
        "model_rates": _read_model_rates,
        "concurrency_group": _read_concurrency_group,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.language_response import LanguageResponse
from ..models.model_rates_response_model import ModelRatesResponseModel
