from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class LanguageInfo(Lazy, AdditionalProperties[Any]):
    """Example:
        {'code': 'es-ES', 'label': 'Spanish (Spain)'}

    Attributes:
        code: The language code (e.g. 'en', 'fr', 'es-ES').
        label: The human-readable language name (e.g. 'English', 'French', 'Spanish (Spain)').
    """

    code: str

    label: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("code", "code", STR, required=True),
        Field("label", "label", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
