from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    object_of,
)


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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.client_tool_call_client_tool_call_parameters import ClientToolCallClientToolCallParameters
