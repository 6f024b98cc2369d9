from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import ToolExecutionTaskSupportType0
from ..types import UNSET, Unset


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


@_attrs_define(slots=False)
class Icon(Lazy, AdditionalProperties[Any]):
    """An icon for display in user interfaces."""

    src: str

    mime_type: None | str | Unset = UNSET

    sizes: list[str] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("src", "src", STR, required=True),
        Field("mime_type", "mimeType", union(STR, NULL)),
        Field("sizes", "sizes", union(list_of(STR), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class Tool(Lazy, AdditionalProperties[Any]):
    """Definition for a tool the client can call."""

    name: str

    input_schema: ToolInputschema

    title: None | str | Unset = UNSET

    description: None | str | Unset = UNSET

    output_schema: None | ToolOutputSchemaType0 | Unset = UNSET

    icons: list[Icon] | None | Unset = UNSET

    annotations: None | ToolAnnotations | Unset = UNSET

    field_meta: None | ToolMetaType0 | Unset = UNSET

    execution: None | ToolExecution | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("input_schema", "inputSchema", object_of("ToolInputschema"), required=True),
        Field("title", "title", union(STR, NULL)),
        Field("description", "description", union(STR, NULL)),
        Field("output_schema", "outputSchema", union(object_of("ToolOutputSchemaType0"), NULL)),
        Field("icons", "icons", union(list_of(object_of("Icon")), NULL)),
        Field("annotations", "annotations", union(object_of("ToolAnnotations"), NULL)),
        Field("field_meta", "_meta", union(object_of("ToolMetaType0"), NULL)),
        Field("execution", "execution", union(object_of("ToolExecution"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ToolAnnotations(Lazy, AdditionalProperties[Any]):
    """Additional properties describing a Tool to clients.

    NOTE: all properties in ToolAnnotations are **hints**.
    They are not guaranteed to provide a faithful description of
    tool behavior (including descriptive properties like `title`).

    Clients should never make tool use decisions based on ToolAnnotations
    received from untrusted servers.

    """

    title: None | str | Unset = UNSET

    read_only_hint: bool | None | Unset = UNSET

    destructive_hint: bool | None | Unset = UNSET

    idempotent_hint: bool | None | Unset = UNSET

    open_world_hint: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("title", "title", union(STR, NULL)),
        Field("read_only_hint", "readOnlyHint", union(BOOL, NULL)),
        Field("destructive_hint", "destructiveHint", union(BOOL, NULL)),
        Field("idempotent_hint", "idempotentHint", union(BOOL, NULL)),
        Field("open_world_hint", "openWorldHint", union(BOOL, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ToolExecution(Lazy, AdditionalProperties[Any]):
    """Execution-related properties for a tool."""

    task_support: None | str | ToolExecutionTaskSupportType0 | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("task_support", "taskSupport", union(literal("ToolExecutionTaskSupportType0"), NULL, STR)),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class ToolInputschema(Lazy, AdditionalProperties[Any]):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


@_attrs_define(slots=False)
class ToolMetaType0(Lazy, AdditionalProperties[Any]):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)


@_attrs_define(slots=False)
class ToolOutputSchemaType0(Lazy, AdditionalProperties[Any]):
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (Field("additional_properties", None, dict_of(ANY)),)
