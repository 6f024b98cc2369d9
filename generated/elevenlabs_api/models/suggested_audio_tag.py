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
class SuggestedAudioTag(Lazy, AdditionalProperties[Any]):
    """Attributes:
    tag: Audio tag to use (for best performance, 1-2 words, e.g., 'happy', 'excited')
    description: Optional description of when to use this tag
    """

    tag: str

    description: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("tag", "tag", STR, required=True),
        Field("description", "description", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
