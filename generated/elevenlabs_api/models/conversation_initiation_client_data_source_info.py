from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
)


@_attrs_define(slots=False)
class ConversationInitiationClientDataSourceInfo(Lazy, AdditionalProperties[Any]):
    """Which client library opened the conversation.

    Attributes:
        source: The client library's name.
        version: The client library's version.
    """

    source: str | Unset = UNSET

    version: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("source", "source", STR),
        Field("version", "version", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )
