from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class AgentTransferOpPush(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_:  Default: 'push'.
    """

    type_: Literal["push"] | Unset = _attrs_field(
        default="push",
        kw_only=True,
        alias="type",
        validator=types.tag("AgentTransferOpPush", "type", "push"),
    )

    return_node_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("push")),
        Field("return_node_id", "return_node_id", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(AgentTransferOpPush, type_="type")
