from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class DependentUnknownAgentIdentifier(Lazy, AdditionalProperties[Any]):
    """A model that represents an agent dependent on a knowledge base/tools
    to which the user has no direct access.

    Attributes:
        referenced_resource_ids: If the agent is a transitive dependent, contains IDs of the resources that the agent
            depends on directly.
        type_:  Default: 'unknown'.
    """

    id: str

    referenced_resource_ids: list[str] | Unset = UNSET

    type_: Literal["unknown"] | Unset = _attrs_field(
        default="unknown",
        kw_only=True,
        alias="type",
        validator=types.tag("DependentUnknownAgentIdentifier", "type", "unknown"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("referenced_resource_ids", "referenced_resource_ids", list_of(STR)),
        Field("type_", "type", const("unknown")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(DependentUnknownAgentIdentifier, type_="type")
