from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MCPServerResponseModel")


@_attrs_define
class MCPServerResponseModel:
    """Response model representing an MCP Server configuration.

    Attributes:
        id (str):
        config (MCPServerConfigOutput):
        metadata (MCPServerMetadataResponseModel):
        access_info (None | ResourceAccessInfo | Unset): The access information of the MCP Server
        dependent_agents (list[DependentAvailableAgentIdentifier | DependentUnknownAgentIdentifier | UnknownVariant] |
            Unset): List of agents that depend on this MCP Server.
    """

    id: str

    config: MCPServerConfigOutput

    metadata: MCPServerMetadataResponseModel

    access_info: None | ResourceAccessInfo | Unset = UNSET

    dependent_agents: (
        list[DependentAvailableAgentIdentifier | DependentUnknownAgentIdentifier | UnknownVariant] | Unset
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        config = self.config.to_dict()

        metadata = self.metadata.to_dict()

        access_info: dict[str, Any] | None | Unset
        if isinstance(self.access_info, Unset):
            access_info = UNSET
        elif isinstance(self.access_info, ResourceAccessInfo):
            access_info = self.access_info.to_dict()
        else:
            access_info = self.access_info

        dependent_agents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dependent_agents, Unset):
            dependent_agents = []
            for dependent_agents_item_data in self.dependent_agents:
                dependent_agents_item: dict[str, Any]
                if (
                    isinstance(dependent_agents_item_data, DependentAvailableAgentIdentifier)
                    or isinstance(dependent_agents_item_data, DependentUnknownAgentIdentifier)
                    or isinstance(dependent_agents_item_data, UnknownVariant)
                ):
                    dependent_agents_item = dependent_agents_item_data.to_dict()
                else:
                    dependent_agents_item = dependent_agents_item_data

                dependent_agents.append(dependent_agents_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["config"] = config
        field_dict["metadata"] = metadata
        if access_info is not UNSET:
            field_dict["access_info"] = access_info
        if dependent_agents is not UNSET:
            field_dict["dependent_agents"] = dependent_agents
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        config = MCPServerConfigOutput.from_dict(d.pop("config"))

        metadata = MCPServerMetadataResponseModel.from_dict(d.pop("metadata"))

        def _parse_access_info(data: object) -> None | ResourceAccessInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            access_info_type_0 = ResourceAccessInfo.from_dict(data)

            return access_info_type_0

        access_info = _parse_access_info(d.pop("access_info", UNSET))

        _dependent_agents = d.pop("dependent_agents", UNSET)
        dependent_agents: (
            list[DependentAvailableAgentIdentifier | DependentUnknownAgentIdentifier | UnknownVariant] | Unset
        ) = UNSET
        if _dependent_agents is not UNSET:
            dependent_agents = []
            for dependent_agents_item_data in _dependent_agents:

                def _parse_dependent_agents_item(
                    data: object,
                ) -> DependentAvailableAgentIdentifier | DependentUnknownAgentIdentifier | UnknownVariant:
                    if isinstance(data, dict):
                        for known in (
                            DependentAvailableAgentIdentifier,
                            DependentUnknownAgentIdentifier,
                        ):
                            kind = getattr(known, "_kind", None)
                            if kind is not None and data.get(kind[0]) == kind[1]:
                                return known.from_dict(data)

                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        dependent_agents_item_type_0 = DependentAvailableAgentIdentifier.from_dict(data)

                        return dependent_agents_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        dependent_agents_item_type_1 = DependentUnknownAgentIdentifier.from_dict(data)

                        return dependent_agents_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    dependent_agents_item_type_2 = UnknownVariant.from_dict(data)

                    return dependent_agents_item_type_2

                dependent_agents_item = _parse_dependent_agents_item(dependent_agents_item_data)

                dependent_agents.append(dependent_agents_item)

        mcp_server_response_model = cls(
            id=id,
            config=config,
            metadata=metadata,
            access_info=access_info,
            dependent_agents=dependent_agents,
        )
        mcp_server_response_model.additional_properties = d
        return mcp_server_response_model

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dependent_available_agent_identifier import DependentAvailableAgentIdentifier
from ..models.dependent_unknown_agent_identifier import DependentUnknownAgentIdentifier
from ..models.mcp_server_config_output import MCPServerConfigOutput
from ..models.mcp_server_metadata_response_model import MCPServerMetadataResponseModel
from ..models.resource_access_info import ResourceAccessInfo
from ..models.unknown_variant import UnknownVariant
