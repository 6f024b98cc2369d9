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
class UrlAvatar(Lazy, AdditionalProperties[Any]):
    """Attributes:
    type_: The type of the avatar Default: 'url'.
    custom_url: The custom URL of the avatar Defaults to empty on the server.
    """

    type_: Literal["url"] | Unset = _attrs_field(
        default="url",
        kw_only=True,
        alias="type",
        validator=types.tag("UrlAvatar", "type", "url"),
    )

    custom_url: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("url")),
        Field("custom_url", "custom_url", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(UrlAvatar, type_="type")
