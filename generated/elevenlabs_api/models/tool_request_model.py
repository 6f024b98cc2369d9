from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ToolRequestModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    tool_config: Configuration for the tool
    response_mocks: Mock responses with optional parameter conditions. Evaluated top-to-bottom; first match wins.
    """

    tool_config: ClientToolConfigInput | McpToolConfigInput | SystemToolConfigInput | WebhookToolConfigInput

    response_mocks: list[ToolResponseMockConfigInput] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "tool_config",
            "tool_config",
            union(
                object_of("WebhookToolConfigInput"),
                object_of("ClientToolConfigInput"),
                object_of("SystemToolConfigInput"),
                object_of("McpToolConfigInput"),
            ),
            required=True,
        ),
        Field("response_mocks", "response_mocks", union(list_of(object_of("ToolResponseMockConfigInput")), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.client_tool_config_input import ClientToolConfigInput
from ..models.mcp_tool_config_input import McpToolConfigInput
from ..models.system_tool_config_input import SystemToolConfigInput
from ..models.tool_response_mock_config_input import ToolResponseMockConfigInput
from ..models.webhook_tool_config_input import WebhookToolConfigInput
