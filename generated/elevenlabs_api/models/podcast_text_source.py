from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
)


@_attrs_define(slots=False)
class PodcastTextSource(Lazy, AdditionalProperties[Any]):
    """Example:
        {'text': 'This is a test podcast.', 'type': 'text'}

    Attributes:
        type_: The type of source to create.
        text: The text to create the podcast from.
    """

    type_: Literal["text"] = _attrs_field(
        default="text",
        kw_only=True,
        alias="type",
        validator=types.tag("PodcastTextSource", "type", "text"),
    )

    text: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("text"), required=True),
        Field("text", "text", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(PodcastTextSource, type_="type")
