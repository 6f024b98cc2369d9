from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
    object_of,
)


@_attrs_define(slots=False)
class ClientToolCall(Lazy, AdditionalProperties[Any]):
    """Schema for client tool execution requests

    Attributes:
        client_tool_call: Tool call request data
    """

    type_: Literal["client_tool_call"] = _attrs_field(
        default="client_tool_call",
        kw_only=True,
        alias="type",
        validator=types.tag("ClientToolCall", "type", "client_tool_call"),
    )

    client_tool_call: ClientToolCallClientToolCall | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("client_tool_call"), required=True),
        Field("client_tool_call", "client_tool_call", object_of("ClientToolCallClientToolCall")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ClientToolCall, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.client_tool_call_client_tool_call import ClientToolCallClientToolCall
