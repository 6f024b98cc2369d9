from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Tool")


@_attrs_define
class Tool:
    """Definition for a tool the client can call.

    Attributes:
        name (str):
        input_schema (ToolInputschema):
        title (None | str | Unset):
        description (None | str | Unset):
        output_schema (None | ToolOutputSchemaType0 | Unset):
        icons (list[Icon] | None | Unset):
        annotations (None | ToolAnnotations | Unset):
        field_meta (None | ToolMetaType0 | Unset):
        execution (None | ToolExecution | Unset):
    """

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

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        input_schema = self.input_schema.to_dict()

        title: None | str | Unset = self.title

        description: None | str | Unset = self.description

        output_schema: dict[str, Any] | None | Unset
        if isinstance(self.output_schema, Unset):
            output_schema = UNSET
        elif isinstance(self.output_schema, ToolOutputSchemaType0):
            output_schema = self.output_schema.to_dict()
        else:
            output_schema = self.output_schema

        icons: list[dict[str, Any]] | None | Unset
        if isinstance(self.icons, Unset):
            icons = UNSET
        elif isinstance(self.icons, list):
            icons = []
            for icons_type_0_item_data in self.icons:
                icons_type_0_item = icons_type_0_item_data.to_dict()
                icons.append(icons_type_0_item)

        else:
            icons = self.icons

        annotations: dict[str, Any] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, ToolAnnotations):
            annotations = self.annotations.to_dict()
        else:
            annotations = self.annotations

        field_meta: dict[str, Any] | None | Unset
        if isinstance(self.field_meta, Unset):
            field_meta = UNSET
        elif isinstance(self.field_meta, ToolMetaType0):
            field_meta = self.field_meta.to_dict()
        else:
            field_meta = self.field_meta

        execution: dict[str, Any] | None | Unset
        if isinstance(self.execution, Unset):
            execution = UNSET
        elif isinstance(self.execution, ToolExecution):
            execution = self.execution.to_dict()
        else:
            execution = self.execution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = name
        field_dict["inputSchema"] = input_schema
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if output_schema is not UNSET:
            field_dict["outputSchema"] = output_schema
        if icons is not UNSET:
            field_dict["icons"] = icons
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if field_meta is not UNSET:
            field_dict["_meta"] = field_meta
        if execution is not UNSET:
            field_dict["execution"] = execution
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        input_schema = ToolInputschema.from_dict(d.pop("inputSchema"))

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        def _parse_output_schema(data: object) -> None | ToolOutputSchemaType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            output_schema_type_0 = ToolOutputSchemaType0.from_dict(data)

            return output_schema_type_0

        output_schema = _parse_output_schema(d.pop("outputSchema", UNSET))

        def _parse_icons(data: object) -> list[Icon] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            icons_type_0 = []
            _icons_type_0 = data
            for icons_type_0_item_data in _icons_type_0:
                icons_type_0_item = Icon.from_dict(icons_type_0_item_data)

                icons_type_0.append(icons_type_0_item)

            return icons_type_0

        icons = _parse_icons(d.pop("icons", UNSET))

        def _parse_annotations(data: object) -> None | ToolAnnotations | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            annotations_type_0 = ToolAnnotations.from_dict(data)

            return annotations_type_0

        annotations = _parse_annotations(d.pop("annotations", UNSET))

        def _parse_field_meta(data: object) -> None | ToolMetaType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            field_meta_type_0 = ToolMetaType0.from_dict(data)

            return field_meta_type_0

        field_meta = _parse_field_meta(d.pop("_meta", UNSET))

        def _parse_execution(data: object) -> None | ToolExecution | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            execution_type_0 = ToolExecution.from_dict(data)

            return execution_type_0

        execution = _parse_execution(d.pop("execution", UNSET))

        tool = cls(
            name=name,
            input_schema=input_schema,
            title=title,
            description=description,
            output_schema=output_schema,
            icons=icons,
            annotations=annotations,
            field_meta=field_meta,
            execution=execution,
        )
        tool.additional_properties = d
        return tool

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
from ..models.icon import Icon
from ..models.tool_annotations import ToolAnnotations
from ..models.tool_execution import ToolExecution
from ..models.tool_inputschema import ToolInputschema
from ..models.tool_meta_type_0 import ToolMetaType0
from ..models.tool_output_schema_type_0 import ToolOutputSchemaType0
