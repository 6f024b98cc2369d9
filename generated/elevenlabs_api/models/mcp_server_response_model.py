from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
    object_of,
    union,
)


@_attrs_define(slots=False)
class McpServerResponseModel(Lazy, AdditionalProperties[Any]):
    """Response model representing an MCP Server configuration.

    Attributes:
        access_info: The access information of the MCP Server
        dependent_agents: List of agents that depend on this MCP Server.
    """

    id: str

    config: McpServerConfigOutput

    metadata: McpServerMetadataResponseModel

    access_info: None | ResourceAccessInfo | Unset = UNSET

    dependent_agents: (
        list[DependentAvailableAgentIdentifier | DependentUnknownAgentIdentifier | UnknownVariant] | Unset
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("config", "config", object_of("McpServerConfigOutput"), required=True),
        Field("metadata", "metadata", object_of("McpServerMetadataResponseModel"), required=True),
        Field("access_info", "access_info", union(object_of("ResourceAccessInfo"), NULL)),
        Field(
            "dependent_agents",
            "dependent_agents",
            list_of(
                union(
                    object_of("DependentAvailableAgentIdentifier"),
                    object_of("DependentUnknownAgentIdentifier"),
                    object_of("UnknownVariant"),
                )
            ),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dependent_available_agent_identifier import DependentAvailableAgentIdentifier
from ..models.dependent_unknown_agent_identifier import DependentUnknownAgentIdentifier
from ..models.mcp_server_config_output import McpServerConfigOutput
from ..models.mcp_server_metadata_response_model import McpServerMetadataResponseModel
from ..models.resource_access_info import ResourceAccessInfo
from ..models.unknown_variant import UnknownVariant
