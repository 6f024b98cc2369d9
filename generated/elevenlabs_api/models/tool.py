from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.icon import Icon
from ..models.tool_annotations import ToolAnnotations
from ..models.tool_execution import ToolExecution
from ..models.tool_inputschema import ToolInputschema
from ..models.tool_meta_type_0 import ToolMetaType0
from ..models.tool_output_schema_type_0 import ToolOutputSchemaType0
