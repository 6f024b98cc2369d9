from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class TtsConversationalConfigOverrideConfig(Lazy, AdditionalProperties[Any]):
    """Attributes:
    model_id: Whether to allow overriding the model_id field. Defaults to False on the server.
    voice_id: Whether to allow overriding the voice_id field. Defaults to False on the server.
    stability: Whether to allow overriding the stability field. Defaults to False on the server.
    speed: Whether to allow overriding the speed field. Defaults to False on the server.
    similarity_boost: Whether to allow overriding the similarity_boost field. Defaults to False on the server.
    pronunciation_dictionary_locators: Whether to allow overriding the pronunciation_dictionary_locators field.
        Defaults to False on the server.
    """

    model_id: bool | Unset = UNSET

    voice_id: bool | Unset = UNSET

    stability: bool | Unset = UNSET

    speed: bool | Unset = UNSET

    similarity_boost: bool | Unset = UNSET

    pronunciation_dictionary_locators: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("model_id", "model_id", BOOL),
        Field("voice_id", "voice_id", BOOL),
        Field("stability", "stability", BOOL),
        Field("speed", "speed", BOOL),
        Field("similarity_boost", "similarity_boost", BOOL),
        Field("pronunciation_dictionary_locators", "pronunciation_dictionary_locators", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
