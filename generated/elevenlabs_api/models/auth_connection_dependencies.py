from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, object_of, union
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class AuthConnectionDependencies(Lazy, AdditionalProperties[Any]):
    """Dependencies that use an auth connection

    Attributes:
        tools: Defaults to [] on the server.
        mcp_servers: Defaults to [] on the server.
        integration_connections: Defaults to [] on the server.
    """

    tools: list[DependentAvailableToolIdentifier | DependentUnknownToolIdentifier | UnknownVariant] | Unset = UNSET

    mcp_servers: (
        list[DependentAvailableMcpServerIdentifier | DependentUnknownMcpServerIdentifier | UnknownVariant] | Unset
    ) = UNSET

    integration_connections: list[DependentIntegrationConnectionIdentifier] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field(
            "tools",
            "tools",
            list_of(
                union(
                    object_of("DependentAvailableToolIdentifier"),
                    object_of("DependentUnknownToolIdentifier"),
                    object_of("UnknownVariant"),
                )
            ),
        ),
        Field(
            "mcp_servers",
            "mcp_servers",
            list_of(
                union(
                    object_of("DependentAvailableMcpServerIdentifier"),
                    object_of("DependentUnknownMcpServerIdentifier"),
                    object_of("UnknownVariant"),
                )
            ),
        ),
        Field(
            "integration_connections",
            "integration_connections",
            list_of(object_of("DependentIntegrationConnectionIdentifier")),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class DependentIntegrationConnectionIdentifier(Lazy, AdditionalProperties[Any]):
    """Identifier for an integration connection that depends on an auth connection"""

    id: str

    name: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dependent_available_mcp_server_identifier import DependentAvailableMcpServerIdentifier
from ..models.dependent_available_tool_identifier import DependentAvailableToolIdentifier
from ..models.dependent_unknown_mcp_server_identifier import DependentUnknownMcpServerIdentifier
from ..models.dependent_unknown_tool_identifier import DependentUnknownToolIdentifier
from ..models.unknown_variant import UnknownVariant
