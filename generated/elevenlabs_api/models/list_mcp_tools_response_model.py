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
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ListMcpToolsResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ListMcpToolsResponseModel(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "success",
        "tools",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        list_mcp_tools_response_model = cls.__new__(cls)
        list_mcp_tools_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


_read_success = plain_reader("success", (bool,), "a boolean", True)


def _read_tools(cls: type[ListMcpToolsResponseModel], d: Mapping[str, Any]) -> Any:
    tools_raw = d.get("tools", MISSING)
    if tools_raw is MISSING:
        tools = missing_field(cls, "tools")
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

    return tools


_read_error_message = plain_reader(
    "error_message",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "success",
        "tools",
        "error_message",
    )
)


def _read_additional_properties(cls: type[ListMcpToolsResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ListMcpToolsResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    success = d.get("success", MISSING)
    if success.__class__ is not bool:
        success = _read_success(cls, d)

    if "tools" in known:
        tools = known["tools"]
    else:
        tools = _read_tools(cls, d)

    error_message = d.get("error_message", UNSET)
    if error_message.__class__ is not str and error_message is not None and error_message is not UNSET:
        error_message = _read_error_message(cls, d)

    return {
        "success": success,
        "tools": tools,
        "error_message": error_message,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ListMcpToolsResponseModel,
    _all_fields,
    {
        "success": _read_success,
        "tools": _read_tools,
        "error_message": _read_error_message,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.tool import Tool
