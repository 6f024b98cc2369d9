from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, object_of


@_attrs_define(slots=False)
class GetVoiceAccentsResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'accents': [{'accent': 'american', 'code': 'en-american', 'language': 'en', 'name': 'American'}]}

    Attributes:
        accents: A list of available voice accents.
    """

    accents: list[VoiceAccentResponseModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("accents", "accents", list_of(object_of("VoiceAccentResponseModel")), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class VoiceAccentResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'accent': 'american', 'code': 'en-american', 'language': 'en', 'name': 'American'}

    Attributes:
        accent: The accent value used for filtering shared voices via the `accent` query parameter on `GET /v1/shared-
            voices`.
        language: The language code this accent belongs to, e.g. `en`.
        code: The full accent code, e.g. `en-american`.
        name: The human-readable accent name, e.g. `American`.
    """

    accent: str

    language: str

    code: str

    name: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("accent", "accent", STR, required=True),
        Field("language", "language", STR, required=True),
        Field("code", "code", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
