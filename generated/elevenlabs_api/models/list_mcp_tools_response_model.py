from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    BOOL,
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
class ListMcpToolsResponseModel(Lazy, AdditionalProperties[Any]):
    """Response model for testing tools available on an MCP server.

    Example:
        {'success': True, 'tools': [{'description': 'Gets current weather conditions for a location.', 'inputSchema':
        {'properties': {'latitude': {'description': 'Latitude', 'type': 'string'}, 'longitude': {'description':
        'Longitude', 'type': 'string'}}, 'required': ['latitude', 'longitude'], 'type': 'object'}, 'name':
        'weather_by_zapier_get_current'}, {'description': 'Description of tool2', 'inputSchema': {'properties': {},
        'type': 'object'}, 'name': 'tool2'}]}

    Attributes:
        success: Indicates if the operation was successful.
        tools: A list of tools available on the MCP server.
        error_message: Error message if the operation was not successful.
    """

    success: bool

    tools: list[Tool]

    error_message: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("success", "success", BOOL, required=True),
        Field("tools", "tools", list_of(object_of("Tool")), required=True),
        Field("error_message", "error_message", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.tool import Tool
