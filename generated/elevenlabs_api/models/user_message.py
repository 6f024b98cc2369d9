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
class UserMessage(Lazy, AdditionalProperties[Any]):
    """Schema for user text messages

    Attributes:
        text: Text message content from the user.
    """

    type_: Literal["user_message"] = _attrs_field(
        default="user_message",
        kw_only=True,
        alias="type",
        validator=types.tag("UserMessage", "type", "user_message"),
    )

    text: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("user_message"), required=True),
        Field("text", "text", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(UserMessage, type_="type")
