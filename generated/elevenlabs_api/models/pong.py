from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    INT,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class Pong(Lazy, AdditionalProperties[Any]):
    """Schema for pong response messages

    Attributes:
        event_id: The ID of the ping event being responded to.
    """

    type_: Literal["pong"] = _attrs_field(
        default="pong",
        kw_only=True,
        alias="type",
        validator=types.tag("Pong", "type", "pong"),
    )

    event_id: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("pong"), required=True),
        Field("event_id", "event_id", INT),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(Pong, type_="type")
