from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class VerifiedVoiceLanguageResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'accent': 'American', 'language': 'en', 'model_id': 'eleven_turbo_v2_5'}

    Attributes:
        language: The language of the voice.
        model_id: The voice's model ID.
        accent: The voice's accent, if applicable.
        locale: The voice's locale, if applicable.
        preview_url: The voice's preview URL, if applicable.
    """

    language: str

    model_id: str

    accent: None | str | Unset = UNSET

    locale: None | str | Unset = UNSET

    preview_url: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("language", "language", STR, required=True),
        Field("model_id", "model_id", STR, required=True),
        Field("accent", "accent", union(STR, NULL)),
        Field("locale", "locale", union(STR, NULL)),
        Field("preview_url", "preview_url", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
