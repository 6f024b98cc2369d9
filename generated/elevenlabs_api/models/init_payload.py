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
class InitPayload(Lazy, AdditionalProperties[Any]):
    """Opens the connection.

    Attributes:
        conversation_id: The conversation this connection carries (the id the vendor's conversation API knows).
    """

    type_: Literal["init"] = _attrs_field(
        default="init",
        kw_only=True,
        alias="type",
        validator=types.tag("InitPayload", "type", "init"),
    )

    conversation_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("init"), required=True),
        Field("conversation_id", "conversation_id", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(InitPayload, type_="type")
