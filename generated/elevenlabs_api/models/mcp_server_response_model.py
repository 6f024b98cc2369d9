from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="McpServerResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class McpServerResponseModel(Lazy):
    """Response model representing an MCP Server configuration.

    Attributes:
        id (str):
        config (McpServerConfigOutput):
        metadata (McpServerMetadataResponseModel):
        access_info (None | ResourceAccessInfo | Unset): The access information of the MCP Server
        dependent_agents (list[DependentAvailableAgentIdentifier | DependentUnknownAgentIdentifier | UnknownVariant] |
            Unset): List of agents that depend on this MCP Server.
    """

    id: str

    config: McpServerConfigOutput

    metadata: McpServerMetadataResponseModel

    access_info: None | ResourceAccessInfo | Unset = UNSET

    dependent_agents: (
        list[DependentAvailableAgentIdentifier | DependentUnknownAgentIdentifier | UnknownVariant] | Unset
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "id",
        "config",
        "metadata",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        id = self.id

        config: Any
        try:
            config = self.config.to_dict()
        except (AttributeError, TypeError):
            config = self.config

        metadata: Any
        try:
            metadata = self.metadata.to_dict()
        except (AttributeError, TypeError):
            metadata = self.metadata

        access_info: Any
        try:
            if isinstance(self.access_info, Unset):
                access_info = UNSET
            elif isinstance(self.access_info, ResourceAccessInfo):
                access_info = self.access_info.to_dict()
            else:
                access_info = self.access_info

        except (AttributeError, TypeError):
            access_info = self.access_info

        dependent_agents: Any
        try:
            dependent_agents = UNSET
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

        except (AttributeError, TypeError):
            dependent_agents = self.dependent_agents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if config is not None or "config" not in self._missing_fields:
            field_dict["config"] = config
        if metadata is not None or "metadata" not in self._missing_fields:
            field_dict["metadata"] = metadata
        if access_info is not UNSET:
            field_dict["access_info"] = access_info
        if dependent_agents is not UNSET:
            field_dict["dependent_agents"] = dependent_agents
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        mcp_server_response_model = cls.__new__(cls)
        mcp_server_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_id = plain_reader("id", (str,), "a string", True)


def _read_config(cls: type[McpServerResponseModel], d: Mapping[str, Any]) -> Any:
    config_raw = d.get("config", MISSING)
    if config_raw is MISSING:
        config = missing_field(cls, "config")
    else:
        try:
            config = McpServerConfigOutput.from_dict(config_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            config = deviating_field(cls, "config", config_raw)

    return config


def _read_metadata(cls: type[McpServerResponseModel], d: Mapping[str, Any]) -> Any:
    metadata_raw = d.get("metadata", MISSING)
    if metadata_raw is MISSING:
        metadata = missing_field(cls, "metadata")
    else:
        try:
            metadata = McpServerMetadataResponseModel.from_dict(metadata_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            metadata = deviating_field(cls, "metadata", metadata_raw)

    return metadata


def _read_access_info(cls: type[McpServerResponseModel], d: Mapping[str, Any]) -> Any:
    access_info_raw = d.get("access_info", UNSET)
    try:

        def _parse_access_info(data: object) -> None | ResourceAccessInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            access_info_type_0 = ResourceAccessInfo.from_dict(data)

            return access_info_type_0

        access_info = _parse_access_info(access_info_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        access_info = deviating_field(cls, "access_info", access_info_raw)

    return access_info


def _read_dependent_agents(cls: type[McpServerResponseModel], d: Mapping[str, Any]) -> Any:
    dependent_agents_raw = d.get("dependent_agents", UNSET)
    try:
        expect_array("dependent_agents", dependent_agents_raw)
        _dependent_agents = dependent_agents_raw
        dependent_agents: (
            list[DependentAvailableAgentIdentifier | DependentUnknownAgentIdentifier | UnknownVariant] | Unset
        ) = UNSET
        if _dependent_agents is not UNSET:
            dependent_agents = []
            for dependent_agents_item_data in _dependent_agents:

                def _parse_dependent_agents_item(
                    data: object,
                ) -> DependentAvailableAgentIdentifier | DependentUnknownAgentIdentifier | UnknownVariant:
                    return parse_strictly(_parse_dependent_agents_item_member, data)

                def _parse_dependent_agents_item_member(
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
    except (KeyError, TypeError, ValueError, AttributeError):
        dependent_agents = deviating_field(cls, "dependent_agents", dependent_agents_raw)

    return dependent_agents


_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "config",
        "metadata",
        "access_info",
        "dependent_agents",
    )
)


def _read_additional_properties(cls: type[McpServerResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[McpServerResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    if "config" in known:
        config = known["config"]
    else:
        config = _read_config(cls, d)

    if "metadata" in known:
        metadata = known["metadata"]
    else:
        metadata = _read_metadata(cls, d)

    if "access_info" in known:
        access_info = known["access_info"]
    else:
        access_info = d.get("access_info", UNSET)
        if access_info is not UNSET and access_info is not None:
            access_info = _read_access_info(cls, d)

    if "dependent_agents" in known:
        dependent_agents = known["dependent_agents"]
    else:
        dependent_agents = d.get("dependent_agents", UNSET)
        if dependent_agents is not UNSET:
            dependent_agents = _read_dependent_agents(cls, d)

    return {
        "id": id,
        "config": config,
        "metadata": metadata,
        "access_info": access_info,
        "dependent_agents": dependent_agents,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    McpServerResponseModel,
    _all_fields,
    {
        "id": _read_id,
        "config": _read_config,
        "metadata": _read_metadata,
        "access_info": _read_access_info,
        "dependent_agents": _read_dependent_agents,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dependent_available_agent_identifier import DependentAvailableAgentIdentifier
from ..models.dependent_unknown_agent_identifier import DependentUnknownAgentIdentifier
from ..models.mcp_server_config_output import McpServerConfigOutput
from ..models.mcp_server_metadata_response_model import McpServerMetadataResponseModel
from ..models.resource_access_info import ResourceAccessInfo
from ..models.unknown_variant import UnknownVariant
