from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, FLOAT, INT, NULL, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ToolResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    tool_config: The type of tool
    access_info:  Example: {'access_source': 'creator', 'creator_email': 'john.doe@example.com', 'creator_name':
        'John Doe', 'is_creator': True, 'role': 'admin'}.
    response_mocks: Mock responses with optional parameter conditions. Evaluated top-to-bottom; first match wins.
    """

    id: str

    tool_config: (
        ClientToolConfigOutput | McpToolConfigOutput | SystemToolConfigOutput | UnknownVariant | WebhookToolConfigOutput
    )

    access_info: ResourceAccessInfo

    usage_stats: ToolUsageStatsResponseModel

    response_mocks: list[ToolResponseMockConfigOutput] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field(
            "tool_config",
            "tool_config",
            union(
                object_of("WebhookToolConfigOutput"),
                object_of("ClientToolConfigOutput"),
                object_of("SystemToolConfigOutput"),
                object_of("McpToolConfigOutput"),
                object_of("UnknownVariant"),
            ),
            required=True,
        ),
        Field("access_info", "access_info", object_of("ResourceAccessInfo"), required=True),
        Field("usage_stats", "usage_stats", object_of("ToolUsageStatsResponseModel"), required=True),
        Field("response_mocks", "response_mocks", union(list_of(object_of("ToolResponseMockConfigOutput")), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ToolUsageStatsResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    total_calls: The total number of calls to the tool Defaults to 0 on the server.
    """

    avg_latency_secs: float

    total_calls: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("avg_latency_secs", "avg_latency_secs", FLOAT, required=True),
        Field("total_calls", "total_calls", INT),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.client_tool_config_output import ClientToolConfigOutput
from ..models.mcp_tool_config_output import McpToolConfigOutput
from ..models.resource_access_info import ResourceAccessInfo
from ..models.system_tool_config_output import SystemToolConfigOutput
from ..models.tool_response_mock_config_output import ToolResponseMockConfigOutput
from ..models.unknown_variant import UnknownVariant
from ..models.webhook_tool_config_output import WebhookToolConfigOutput
