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


@_attrs_define(slots=False)
class BodyAddALanguageToTheResourceV1DubbingResourceDubbingIdLanguagePost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    language: The Target language.
    """

    language: None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("language", "language", union(STR, NULL), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
