from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    union,
)
from ..models._literals import ConfigEntityType
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ConversationHistoryRedactionConfig(Lazy, AdditionalProperties[Any]):
    """Attributes:
    enabled: Whether conversation history redaction is enabled Defaults to False on the server.
    entities: The entities to redact from the conversation transcript, audio and analysis. Use top-level types like
        'name', 'email_address', or dot notation for specific subtypes like 'name.full_name'.
    """

    enabled: bool | Unset = UNSET

    entities: list[ConfigEntityType | str] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("enabled", "enabled", BOOL),
        Field("entities", "entities", list_of(union(literal("ConfigEntityType"), STR))),
        Field("additional_properties", None, dict_of(ANY)),
    )
