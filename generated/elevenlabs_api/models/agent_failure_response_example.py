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
)


@_attrs_define(slots=False)
class AgentFailureResponseExample(Lazy, AdditionalProperties[Any]):
    response: str

    type_: Literal["failure"] = _attrs_field(
        default="failure",
        kw_only=True,
        alias="type",
        validator=types.tag("AgentFailureResponseExample", "type", "failure"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("response", "response", STR, required=True),
        Field("type_", "type", const("failure"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(AgentFailureResponseExample, type_="type")
