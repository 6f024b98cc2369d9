from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, BOOL, FLOAT, INT, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, object_of
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class Model(Lazy, AdditionalProperties[Any]):
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
        model_id: The unique identifier of the model.
        name: The name of the model.
        can_be_finetuned: Whether the model can be finetuned.
        can_do_text_to_speech: Whether the model can do text-to-speech.
        can_do_voice_conversion: Whether the model can do voice conversion.
        can_use_style: Whether the model can use style.
        can_use_speaker_boost: Whether the model can use speaker boost.
        serves_pro_voices: Whether the model serves pro voices.
        token_cost_factor: The cost factor for the model.
        description: The description of the model.
        requires_alpha_access: Whether the model requires alpha access.
        max_characters_request_free_user: The maximum number of characters that can be requested by a free user.
        max_characters_request_subscribed_user: The maximum number of characters that can be requested by a subscribed
            user.
        maximum_text_length_per_request: The maximum length of text that can be requested for this model.
        languages: The languages supported by the model.
        model_rates:  Example: {'character_cost_multiplier': 1.0, 'cost_discount_multiplier': 1.0}.
        concurrency_group: The concurrency group for the model.
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
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("model_id", "model_id", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("can_be_finetuned", "can_be_finetuned", BOOL, required=True),
        Field("can_do_text_to_speech", "can_do_text_to_speech", BOOL, required=True),
        Field("can_do_voice_conversion", "can_do_voice_conversion", BOOL, required=True),
        Field("can_use_style", "can_use_style", BOOL, required=True),
        Field("can_use_speaker_boost", "can_use_speaker_boost", BOOL, required=True),
        Field("serves_pro_voices", "serves_pro_voices", BOOL, required=True),
        Field("token_cost_factor", "token_cost_factor", FLOAT, required=True),
        Field("description", "description", STR, required=True),
        Field("requires_alpha_access", "requires_alpha_access", BOOL, required=True),
        Field("max_characters_request_free_user", "max_characters_request_free_user", INT, required=True),
        Field("max_characters_request_subscribed_user", "max_characters_request_subscribed_user", INT, required=True),
        Field("maximum_text_length_per_request", "maximum_text_length_per_request", INT, required=True),
        Field("languages", "languages", list_of(object_of("LanguageResponse")), required=True),
        Field("model_rates", "model_rates", object_of("ModelRatesResponseModel"), required=True),
        Field("concurrency_group", "concurrency_group", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class LanguageResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'language_id': 'en', 'name': 'English'}

    Attributes:
        language_id: The unique identifier of the language.
        name: The name of the language.
    """

    language_id: str

    name: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("language_id", "language_id", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ModelRatesResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'character_cost_multiplier': 1.0, 'cost_discount_multiplier': 1.0}

    Attributes:
        character_cost_multiplier: The cost multiplier for characters.
        cost_discount_multiplier: Discount multiplier applied to cost estimates. Defaults to 1.0 (no discount). Defaults
            to 1.0 on the server.
    """

    character_cost_multiplier: float

    cost_discount_multiplier: float | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("character_cost_multiplier", "character_cost_multiplier", FLOAT, required=True),
        Field("cost_discount_multiplier", "cost_discount_multiplier", FLOAT),
        Field("additional_properties", None, dict_of(ANY)),
    )
