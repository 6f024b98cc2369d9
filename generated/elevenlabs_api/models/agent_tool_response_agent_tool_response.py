from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    BOOL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
)


@_attrs_define(slots=False)
class AgentToolResponseAgentToolResponse(Lazy, AdditionalProperties[Any]):
    """The tool and how it went.

    Attributes:
        tool_name: The tool's name.
        tool_call_id: The identifier of this call.
        tool_type: What kind of tool it is (for example client, webhook or system).
        is_error: Whether the tool failed.
    """

    tool_name: str | Unset = UNSET

    tool_call_id: str | Unset = UNSET

    tool_type: str | Unset = UNSET

    is_error: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("tool_name", "tool_name", STR),
        Field("tool_call_id", "tool_call_id", STR),
        Field("tool_type", "tool_type", STR),
        Field("is_error", "is_error", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
