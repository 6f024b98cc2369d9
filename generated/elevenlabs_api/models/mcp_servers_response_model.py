from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    expect_array,
    missing_field,
)

T = TypeVar("T", bound="MCPServersResponseModel")


@_attrs_define
class MCPServersResponseModel:
    """Response model for a list of MCP Server configurations.

    Attributes:
        mcp_servers (list[MCPServerResponseModel]):
    """

    mcp_servers: list[MCPServerResponseModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        mcp_servers: Any
        try:
            mcp_servers = []
            for mcp_servers_item_data in self.mcp_servers:
                mcp_servers_item = mcp_servers_item_data.to_dict()
                mcp_servers.append(mcp_servers_item)

        except (AttributeError, TypeError):
            mcp_servers = self.mcp_servers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if mcp_servers is not None or "mcp_servers" not in self._missing_fields:
            field_dict["mcp_servers"] = mcp_servers
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        mcp_servers_raw = d.pop("mcp_servers", MISSING)
        if mcp_servers_raw is MISSING:
            mcp_servers = missing_field(cls, "mcp_servers")
            _missing += ("mcp_servers",)
        else:
            try:
                expect_array("mcp_servers", mcp_servers_raw)
                mcp_servers = []
                _mcp_servers = mcp_servers_raw
                for mcp_servers_item_data in _mcp_servers:
                    mcp_servers_item = MCPServerResponseModel.from_dict(mcp_servers_item_data)

                    mcp_servers.append(mcp_servers_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                mcp_servers = deviating_field(cls, "mcp_servers", mcp_servers_raw)

        mcp_servers_response_model = cls(
            mcp_servers=mcp_servers,
        )
        if _missing:
            mcp_servers_response_model._missing_fields = _missing
        mcp_servers_response_model.additional_properties = d
        return mcp_servers_response_model

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
from ..models.mcp_server_response_model import MCPServerResponseModel
