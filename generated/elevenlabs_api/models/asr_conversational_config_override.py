from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
    union,
)


@_attrs_define(slots=False)
class AsrConversationalConfigOverride(Lazy, AdditionalProperties[Any]):
    """Example:
        {'keywords': ['hello', 'world']}

    Attributes:
        keywords: Keywords to boost prediction probability for
    """

    keywords: list[str] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("keywords", "keywords", union(list_of(STR), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
