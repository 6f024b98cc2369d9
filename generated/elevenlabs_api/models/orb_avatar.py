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
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class OrbAvatar(Lazy, AdditionalProperties[Any]):
    """Example:
        {'color_1': '#2792dc', 'color_2': '#9ce6e6', 'type': 'orb'}

    Attributes:
        type_: The type of the avatar Default: 'orb'.
        color_1: The first color of the avatar Defaults to '#2792dc' on the server.
        color_2: The second color of the avatar Defaults to '#9ce6e6' on the server.
    """

    type_: Literal["orb"] | Unset = _attrs_field(
        default="orb",
        kw_only=True,
        alias="type",
        validator=types.tag("OrbAvatar", "type", "orb"),
    )

    color_1: str | Unset = UNSET

    color_2: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("orb")),
        Field("color_1", "color_1", STR),
        Field("color_2", "color_2", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(OrbAvatar, type_="type")
