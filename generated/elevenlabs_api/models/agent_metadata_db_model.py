from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import AgentDefinitionSource
from ..types import (
    ANY,
    INT,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    literal,
    union,
)


@_attrs_define(slots=False)
class AgentMetadataDbModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    created_from: Defaults to 'unknown' on the server.
    last_updated_from: Defaults to 'unknown' on the server.
    """

    created_at_unix_secs: int

    updated_at_unix_secs: int

    created_from: AgentDefinitionSource | str | Unset = UNSET

    last_updated_from: AgentDefinitionSource | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("created_at_unix_secs", "created_at_unix_secs", INT, required=True),
        Field("updated_at_unix_secs", "updated_at_unix_secs", INT, required=True),
        Field("created_from", "created_from", union(literal("AgentDefinitionSource"), STR)),
        Field("last_updated_from", "last_updated_from", union(literal("AgentDefinitionSource"), STR)),
        Field("additional_properties", None, dict_of(ANY)),
    )
