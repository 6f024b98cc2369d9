from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    parse_strictly,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AuthConnectionDependencies")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AuthConnectionDependencies(Lazy):
    """Dependencies that use an auth connection

    Attributes:
        tools (list[DependentAvailableToolIdentifier | DependentUnknownToolIdentifier | UnknownVariant] | Unset):
            Defaults to [] on the server.
        mcp_servers (list[DependentAvailableMcpServerIdentifier | DependentUnknownMcpServerIdentifier | UnknownVariant]
            | Unset): Defaults to [] on the server.
        integration_connections (list[DependentIntegrationConnectionIdentifier] | Unset): Defaults to [] on the server.
    """

    tools: list[DependentAvailableToolIdentifier | DependentUnknownToolIdentifier | UnknownVariant] | Unset = UNSET

    mcp_servers: (
        list[DependentAvailableMcpServerIdentifier | DependentUnknownMcpServerIdentifier | UnknownVariant] | Unset
    ) = UNSET

    integration_connections: list[DependentIntegrationConnectionIdentifier] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        tools: Any
        try:
            tools = UNSET
            if not isinstance(self.tools, Unset):
                tools = []
                for tools_item_data in self.tools:
                    tools_item: dict[str, Any]
                    if (
                        isinstance(tools_item_data, DependentAvailableToolIdentifier)
                        or isinstance(tools_item_data, DependentUnknownToolIdentifier)
                        or isinstance(tools_item_data, UnknownVariant)
                    ):
                        tools_item = tools_item_data.to_dict()
                    else:
                        tools_item = tools_item_data

                    tools.append(tools_item)

        except (AttributeError, TypeError):
            tools = self.tools

        mcp_servers: Any
        try:
            mcp_servers = UNSET
            if not isinstance(self.mcp_servers, Unset):
                mcp_servers = []
                for mcp_servers_item_data in self.mcp_servers:
                    mcp_servers_item: dict[str, Any]
                    if (
                        isinstance(mcp_servers_item_data, DependentAvailableMcpServerIdentifier)
                        or isinstance(mcp_servers_item_data, DependentUnknownMcpServerIdentifier)
                        or isinstance(mcp_servers_item_data, UnknownVariant)
                    ):
                        mcp_servers_item = mcp_servers_item_data.to_dict()
                    else:
                        mcp_servers_item = mcp_servers_item_data

                    mcp_servers.append(mcp_servers_item)

        except (AttributeError, TypeError):
            mcp_servers = self.mcp_servers

        integration_connections: Any
        try:
            integration_connections = UNSET
            if not isinstance(self.integration_connections, Unset):
                integration_connections = []
                for integration_connections_item_data in self.integration_connections:
                    integration_connections_item = integration_connections_item_data.to_dict()
                    integration_connections.append(integration_connections_item)

        except (AttributeError, TypeError):
            integration_connections = self.integration_connections

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if tools is not UNSET:
            field_dict["tools"] = tools
        if mcp_servers is not UNSET:
            field_dict["mcp_servers"] = mcp_servers
        if integration_connections is not UNSET:
            field_dict["integration_connections"] = integration_connections
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        auth_connection_dependencies = cls.__new__(cls)
        auth_connection_dependencies.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return auth_connection_dependencies

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _read_tools(cls: type[AuthConnectionDependencies], d: Mapping[str, Any]) -> Any:
    tools_raw = d.get("tools", UNSET)
    try:
        expect_array("tools", tools_raw)
        _tools = tools_raw
        tools: list[DependentAvailableToolIdentifier | DependentUnknownToolIdentifier | UnknownVariant] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:

                def _parse_tools_item(
                    data: object,
                ) -> DependentAvailableToolIdentifier | DependentUnknownToolIdentifier | UnknownVariant:
                    return parse_strictly(_parse_tools_item_member, data)

                def _parse_tools_item_member(
                    data: object,
                ) -> DependentAvailableToolIdentifier | DependentUnknownToolIdentifier | UnknownVariant:
                    if isinstance(data, dict):
                        for known in (
                            DependentAvailableToolIdentifier,
                            DependentUnknownToolIdentifier,
                        ):
                            kind = getattr(known, "_kind", None)
                            if kind is not None and data.get(kind[0]) == kind[1]:
                                return known.from_dict(data)

                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        tools_item_type_0 = DependentAvailableToolIdentifier.from_dict(data)

                        return tools_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        tools_item_type_1 = DependentUnknownToolIdentifier.from_dict(data)

                        return tools_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    tools_item_type_2 = UnknownVariant.from_dict(data)

                    return tools_item_type_2

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        tools = deviating_field(cls, "tools", tools_raw)

    return tools


def _read_mcp_servers(cls: type[AuthConnectionDependencies], d: Mapping[str, Any]) -> Any:
    mcp_servers_raw = d.get("mcp_servers", UNSET)
    try:
        expect_array("mcp_servers", mcp_servers_raw)
        _mcp_servers = mcp_servers_raw
        mcp_servers: (
            list[DependentAvailableMcpServerIdentifier | DependentUnknownMcpServerIdentifier | UnknownVariant] | Unset
        ) = UNSET
        if _mcp_servers is not UNSET:
            mcp_servers = []
            for mcp_servers_item_data in _mcp_servers:

                def _parse_mcp_servers_item(
                    data: object,
                ) -> DependentAvailableMcpServerIdentifier | DependentUnknownMcpServerIdentifier | UnknownVariant:
                    return parse_strictly(_parse_mcp_servers_item_member, data)

                def _parse_mcp_servers_item_member(
                    data: object,
                ) -> DependentAvailableMcpServerIdentifier | DependentUnknownMcpServerIdentifier | UnknownVariant:
                    if isinstance(data, dict):
                        for known in (
                            DependentAvailableMcpServerIdentifier,
                            DependentUnknownMcpServerIdentifier,
                        ):
                            kind = getattr(known, "_kind", None)
                            if kind is not None and data.get(kind[0]) == kind[1]:
                                return known.from_dict(data)

                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        mcp_servers_item_type_0 = DependentAvailableMcpServerIdentifier.from_dict(data)

                        return mcp_servers_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        mcp_servers_item_type_1 = DependentUnknownMcpServerIdentifier.from_dict(data)

                        return mcp_servers_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    mcp_servers_item_type_2 = UnknownVariant.from_dict(data)

                    return mcp_servers_item_type_2

                mcp_servers_item = _parse_mcp_servers_item(mcp_servers_item_data)

                mcp_servers.append(mcp_servers_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        mcp_servers = deviating_field(cls, "mcp_servers", mcp_servers_raw)

    return mcp_servers


def _read_integration_connections(cls: type[AuthConnectionDependencies], d: Mapping[str, Any]) -> Any:
    integration_connections_raw = d.get("integration_connections", UNSET)
    try:
        expect_array("integration_connections", integration_connections_raw)
        _integration_connections = integration_connections_raw
        integration_connections: list[DependentIntegrationConnectionIdentifier] | Unset = UNSET
        if _integration_connections is not UNSET:
            integration_connections = []
            for integration_connections_item_data in _integration_connections:
                integration_connections_item = DependentIntegrationConnectionIdentifier.from_dict(
                    integration_connections_item_data
                )

                integration_connections.append(integration_connections_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        integration_connections = deviating_field(cls, "integration_connections", integration_connections_raw)

    return integration_connections


_FIELDS: frozenset[str] = frozenset(
    (
        "tools",
        "mcp_servers",
        "integration_connections",
    )
)


def _read_additional_properties(cls: type[AuthConnectionDependencies], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[AuthConnectionDependencies], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "tools" in known:
        tools = known["tools"]
    else:
        tools = d.get("tools", UNSET)
        if tools is not UNSET:
            tools = _read_tools(cls, d)

    if "mcp_servers" in known:
        mcp_servers = known["mcp_servers"]
    else:
        mcp_servers = d.get("mcp_servers", UNSET)
        if mcp_servers is not UNSET:
            mcp_servers = _read_mcp_servers(cls, d)

    if "integration_connections" in known:
        integration_connections = known["integration_connections"]
    else:
        integration_connections = d.get("integration_connections", UNSET)
        if integration_connections is not UNSET:
            integration_connections = _read_integration_connections(cls, d)

    return {
        "tools": tools,
        "mcp_servers": mcp_servers,
        "integration_connections": integration_connections,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    AuthConnectionDependencies,
    _all_fields,
    {
        "tools": _read_tools,
        "mcp_servers": _read_mcp_servers,
        "integration_connections": _read_integration_connections,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dependent_available_mcp_server_identifier import DependentAvailableMcpServerIdentifier
from ..models.dependent_available_tool_identifier import DependentAvailableToolIdentifier
from ..models.dependent_integration_connection_identifier import DependentIntegrationConnectionIdentifier
from ..models.dependent_unknown_mcp_server_identifier import DependentUnknownMcpServerIdentifier
from ..models.dependent_unknown_tool_identifier import DependentUnknownToolIdentifier
from ..models.unknown_variant import UnknownVariant
