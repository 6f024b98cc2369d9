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
    literal,
    union,
)
from ..models._literals import ConversationInitiationSource
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ConversationInitiationSourceInfo(Lazy, AdditionalProperties[Any]):
    """Attributes:
    source: Source of the conversation initiation
    version: The SDK version number
    """

    source: ConversationInitiationSource | None | str | Unset = UNSET

    version: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("source", "source", union(literal("ConversationInitiationSource"), NULL, STR)),
        Field("version", "version", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
