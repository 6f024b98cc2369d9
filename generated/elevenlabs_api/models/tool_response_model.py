from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    parse_strictly,
    unexpected_type,
)

T = TypeVar("T", bound="ToolResponseModel")


@_attrs_define
class ToolResponseModel:
    """Attributes:
    id (str):
    tool_config (ClientToolConfigOutput | MCPToolConfigOutput | SystemToolConfigOutput | UnknownVariant |
        WebhookToolConfigOutput): The type of tool
    access_info (ResourceAccessInfo):  Example: {'access_source': 'creator', 'creator_email':
        'john.doe@example.com', 'creator_name': 'John Doe', 'is_creator': True, 'role': 'admin'}.
    usage_stats (ToolUsageStatsResponseModel):
    response_mocks (list[ToolResponseMockConfigOutput] | None | Unset): Mock responses with optional parameter
        conditions. Evaluated top-to-bottom; first match wins.
    """

    id: str

    tool_config: (
        ClientToolConfigOutput | MCPToolConfigOutput | SystemToolConfigOutput | UnknownVariant | WebhookToolConfigOutput
    )

    access_info: ResourceAccessInfo

    usage_stats: ToolUsageStatsResponseModel

    response_mocks: list[ToolResponseMockConfigOutput] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tool_config: Any
        try:
            if (
                isinstance(self.tool_config, WebhookToolConfigOutput)
                or isinstance(self.tool_config, ClientToolConfigOutput)
                or isinstance(self.tool_config, SystemToolConfigOutput)
                or isinstance(self.tool_config, MCPToolConfigOutput)
                or isinstance(self.tool_config, UnknownVariant)
            ):
                tool_config = self.tool_config.to_dict()
            else:
                tool_config = self.tool_config

        except (AttributeError, TypeError):
            tool_config = self.tool_config

        access_info: Any
        try:
            access_info = self.access_info.to_dict()
        except (AttributeError, TypeError):
            access_info = self.access_info

        usage_stats: Any
        try:
            usage_stats = self.usage_stats.to_dict()
        except (AttributeError, TypeError):
            usage_stats = self.usage_stats

        response_mocks: Any
        try:
            if isinstance(self.response_mocks, Unset):
                response_mocks = UNSET
            elif isinstance(self.response_mocks, list):
                response_mocks = []
                for response_mocks_type_0_item_data in self.response_mocks:
                    response_mocks_type_0_item = response_mocks_type_0_item_data.to_dict()
                    response_mocks.append(response_mocks_type_0_item)

            else:
                response_mocks = self.response_mocks

        except (AttributeError, TypeError):
            response_mocks = self.response_mocks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if tool_config is not None or "tool_config" not in self._missing_fields:
            field_dict["tool_config"] = tool_config
        if access_info is not None or "access_info" not in self._missing_fields:
            field_dict["access_info"] = access_info
        if usage_stats is not None or "usage_stats" not in self._missing_fields:
            field_dict["usage_stats"] = usage_stats
        if response_mocks is not UNSET:
            field_dict["response_mocks"] = response_mocks
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        id = d.pop("id", MISSING)
        if id.__class__ is not str:
            if id is MISSING:
                id = missing_field(cls, "id")
                _missing += ("id",)
            else:
                id = unexpected_type(cls, "id", id, "a string")

        tool_config_raw = d.pop("tool_config", MISSING)
        if tool_config_raw is MISSING:
            tool_config = missing_field(cls, "tool_config")
            _missing += ("tool_config",)
        else:
            try:

                def _parse_tool_config(
                    data: object,
                ) -> (
                    ClientToolConfigOutput
                    | MCPToolConfigOutput
                    | SystemToolConfigOutput
                    | UnknownVariant
                    | WebhookToolConfigOutput
                ):
                    return parse_strictly(_parse_tool_config_member, data)

                def _parse_tool_config_member(
                    data: object,
                ) -> (
                    ClientToolConfigOutput
                    | MCPToolConfigOutput
                    | SystemToolConfigOutput
                    | UnknownVariant
                    | WebhookToolConfigOutput
                ):
                    if isinstance(data, dict):
                        for known in (
                            WebhookToolConfigOutput,
                            ClientToolConfigOutput,
                            SystemToolConfigOutput,
                            MCPToolConfigOutput,
                        ):
                            kind = getattr(known, "_kind", None)
                            if kind is not None and data.get(kind[0]) == kind[1]:
                                return known.from_dict(data)

                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        tool_config_type_0 = WebhookToolConfigOutput.from_dict(data)

                        return tool_config_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        tool_config_type_1 = ClientToolConfigOutput.from_dict(data)

                        return tool_config_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        tool_config_type_2 = SystemToolConfigOutput.from_dict(data)

                        return tool_config_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        tool_config_type_3 = MCPToolConfigOutput.from_dict(data)

                        return tool_config_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    tool_config_type_4 = UnknownVariant.from_dict(data)

                    return tool_config_type_4

                tool_config = _parse_tool_config(tool_config_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                tool_config = deviating_field(cls, "tool_config", tool_config_raw)

        access_info_raw = d.pop("access_info", MISSING)
        if access_info_raw is MISSING:
            access_info = missing_field(cls, "access_info")
            _missing += ("access_info",)
        else:
            try:
                access_info = ResourceAccessInfo.from_dict(access_info_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                access_info = deviating_field(cls, "access_info", access_info_raw)

        usage_stats_raw = d.pop("usage_stats", MISSING)
        if usage_stats_raw is MISSING:
            usage_stats = missing_field(cls, "usage_stats")
            _missing += ("usage_stats",)
        else:
            try:
                usage_stats = ToolUsageStatsResponseModel.from_dict(usage_stats_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                usage_stats = deviating_field(cls, "usage_stats", usage_stats_raw)

        response_mocks_raw = d.pop("response_mocks", UNSET)
        try:

            def _parse_response_mocks(data: object) -> list[ToolResponseMockConfigOutput] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, list):
                    raise TypeError(f"got {type(data).__name__}")
                response_mocks_type_0 = []
                _response_mocks_type_0 = data
                for response_mocks_type_0_item_data in _response_mocks_type_0:
                    response_mocks_type_0_item = ToolResponseMockConfigOutput.from_dict(response_mocks_type_0_item_data)

                    response_mocks_type_0.append(response_mocks_type_0_item)

                return response_mocks_type_0

            response_mocks = _parse_response_mocks(response_mocks_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            response_mocks = deviating_field(cls, "response_mocks", response_mocks_raw)

        tool_response_model = cls(
            id=id,
            tool_config=tool_config,
            access_info=access_info,
            usage_stats=usage_stats,
            response_mocks=response_mocks,
        )
        if _missing:
            tool_response_model._missing_fields = _missing
        tool_response_model.additional_properties = d
        return tool_response_model

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
from ..models.client_tool_config_output import ClientToolConfigOutput
from ..models.mcp_tool_config_output import MCPToolConfigOutput
from ..models.resource_access_info import ResourceAccessInfo
from ..models.system_tool_config_output import SystemToolConfigOutput
from ..models.tool_response_mock_config_output import ToolResponseMockConfigOutput
from ..models.tool_usage_stats_response_model import ToolUsageStatsResponseModel
from ..models.unknown_variant import UnknownVariant
from ..models.webhook_tool_config_output import WebhookToolConfigOutput
