from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    missing_field,
)

T = TypeVar("T", bound="MCPServerRequestModel")


@_attrs_define
class MCPServerRequestModel:
    """Request model for creating/updating an MCP Server configuration.

    Attributes:
        config (MCPServerConfigInput):
    """

    config: MCPServerConfigInput

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        config: Any
        try:
            config = self.config.to_dict()
        except (AttributeError, TypeError):
            config = self.config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if config is not None or "config" not in self._missing_fields:
            field_dict["config"] = config
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        config_raw = d.pop("config", MISSING)
        if config_raw is MISSING:
            config = missing_field(cls, "config")
            _missing += ("config",)
        else:
            try:
                config = MCPServerConfigInput.from_dict(config_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                config = deviating_field(cls, "config", config_raw)

        mcp_server_request_model = cls(
            config=config,
        )
        if _missing:
            mcp_server_request_model._missing_fields = _missing
        mcp_server_request_model.additional_properties = d
        return mcp_server_request_model

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
from ..models.mcp_server_config_input import MCPServerConfigInput
