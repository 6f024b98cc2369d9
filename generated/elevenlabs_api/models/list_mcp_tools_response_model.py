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
    expect_array,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ListMCPToolsResponseModel")


@_attrs_define
class ListMCPToolsResponseModel:
    """Response model for testing tools available on an MCP server.

    Example:
        {'success': True, 'tools': [{'description': 'Gets current weather conditions for a location.', 'inputSchema':
        {'properties': {'latitude': {'description': 'Latitude', 'type': 'string'}, 'longitude': {'description':
        'Longitude', 'type': 'string'}}, 'required': ['latitude', 'longitude'], 'type': 'object'}, 'name':
        'weather_by_zapier_get_current'}, {'description': 'Description of tool2', 'inputSchema': {'properties': {},
        'type': 'object'}, 'name': 'tool2'}]}

    Attributes:
        success (bool): Indicates if the operation was successful.
        tools (list[Tool]): A list of tools available on the MCP server.
        error_message (None | str | Unset): Error message if the operation was not successful.
    """

    success: bool

    tools: list[Tool]

    error_message: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        tools: Any
        try:
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        except (AttributeError, TypeError):
            tools = self.tools

        error_message: Any
        try:
            error_message = self.error_message

        except (AttributeError, TypeError):
            error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if success is not None or "success" not in self._missing_fields:
            field_dict["success"] = success
        if tools is not None or "tools" not in self._missing_fields:
            field_dict["tools"] = tools
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        success = d.pop("success", MISSING)
        if success.__class__ is not bool:
            if success is MISSING:
                success = missing_field(cls, "success")
                _missing += ("success",)
            else:
                success = unexpected_type(cls, "success", success, "a boolean")

        tools_raw = d.pop("tools", MISSING)
        if tools_raw is MISSING:
            tools = missing_field(cls, "tools")
            _missing += ("tools",)
        else:
            try:
                expect_array("tools", tools_raw)
                tools = []
                _tools = tools_raw
                for tools_item_data in _tools:
                    tools_item = Tool.from_dict(tools_item_data)

                    tools.append(tools_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                tools = deviating_field(cls, "tools", tools_raw)

        error_message = d.pop("error_message", UNSET)
        if error_message.__class__ is not str and error_message is not None and error_message is not UNSET:
            error_message = unexpected_type(cls, "error_message", error_message, "a string or null")

        list_mcp_tools_response_model = cls(
            success=success,
            tools=tools,
            error_message=error_message,
        )
        if _missing:
            list_mcp_tools_response_model._missing_fields = _missing
        list_mcp_tools_response_model.additional_properties = d
        return list_mcp_tools_response_model

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
from ..models.tool import Tool
