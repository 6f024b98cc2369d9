from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import ANY, STR, AdditionalProperties, Field, Lazy, const, dict_of, object_of
from ..types import UNSET, Unset


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


@_attrs_define(slots=False)
class ClientToolCallClientToolCall(Lazy, AdditionalProperties[Any]):
    """Tool call request data

    Attributes:
        tool_name: Identifier of the tool to be executed.
        tool_call_id: Unique identifier for this tool call request.
        parameters: Tool-specific parameters for the execution request.
    """

    tool_name: str | Unset = UNSET

    tool_call_id: str | Unset = UNSET

    parameters: ClientToolCallClientToolCallParameters | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("tool_name", "tool_name", STR),
        Field("tool_call_id", "tool_call_id", STR),
        Field("parameters", "parameters", object_of("ClientToolCallClientToolCallParameters")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ClientToolCallClientToolCallParameters(Lazy, AdditionalProperties[Any]):
    """Tool-specific parameters for the execution request."""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)
