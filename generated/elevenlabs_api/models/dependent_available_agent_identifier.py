from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    INT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    literal,
    union,
)
from ..models._literals import (
    DependentAvailableAgentIdentifierAccessLevelType0,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class DependentAvailableAgentIdentifier(Lazy, AdditionalProperties[Any]):
    """Attributes:
    referenced_resource_ids: If the agent is a transitive dependent, contains IDs of the resources that the agent
        depends on directly.
    type_:  Default: 'available'.
    """

    id: str

    name: str

    created_at_unix_secs: int

    access_level: DependentAvailableAgentIdentifierAccessLevelType0 | str

    referenced_resource_ids: list[str] | Unset = UNSET

    type_: Literal["available"] | Unset = _attrs_field(
        default="available",
        kw_only=True,
        alias="type",
        validator=types.tag("DependentAvailableAgentIdentifier", "type", "available"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("created_at_unix_secs", "created_at_unix_secs", INT, required=True),
        Field(
            "access_level",
            "access_level",
            union(literal("DependentAvailableAgentIdentifierAccessLevelType0"), STR),
            required=True,
        ),
        Field("referenced_resource_ids", "referenced_resource_ids", list_of(STR)),
        Field("type_", "type", const("available")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(DependentAvailableAgentIdentifier, type_="type")
