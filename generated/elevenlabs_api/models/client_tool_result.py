from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ClientToolResult(Lazy, AdditionalProperties[Any]):
    """Schema for tool execution results from client

    Attributes:
        tool_call_id: Unique identifier of the tool call being responded to.
        result: Result data from the tool execution.
        is_error: Flag indicating if the tool execution encountered an error.
    """

    type_: Literal["client_tool_result"] = _attrs_field(
        default="client_tool_result",
        kw_only=True,
        alias="type",
        validator=types.tag("ClientToolResult", "type", "client_tool_result"),
    )

    tool_call_id: str | Unset = UNSET

    result: str | Unset = UNSET

    is_error: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("type_", "type", const("client_tool_result"), required=True),
        Field("tool_call_id", "tool_call_id", STR),
        Field("result", "result", STR),
        Field("is_error", "is_error", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ClientToolResult, type_="type")
