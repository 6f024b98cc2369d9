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
    unexpected_type,
)

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        input_schema: Any
        try:
            input_schema = self.input_schema.to_dict()
        except (AttributeError, TypeError):
            input_schema = self.input_schema

        title: Any
        try:
            title = self.title

        except (AttributeError, TypeError):
            title = self.title

        description: Any
        try:
            description = self.description

        except (AttributeError, TypeError):
            description = self.description

        output_schema: Any
        try:
            if isinstance(self.output_schema, Unset):
                output_schema = UNSET
            elif isinstance(self.output_schema, ToolOutputSchemaType0):
                output_schema = self.output_schema.to_dict()
            else:
                output_schema = self.output_schema

        except (AttributeError, TypeError):
            output_schema = self.output_schema

        icons: Any
        try:
            if isinstance(self.icons, Unset):
                icons = UNSET
            elif isinstance(self.icons, list):
                icons = []
                for icons_type_0_item_data in self.icons:
                    icons_type_0_item = icons_type_0_item_data.to_dict()
                    icons.append(icons_type_0_item)

            else:
                icons = self.icons

        except (AttributeError, TypeError):
            icons = self.icons

        annotations: Any
        try:
            if isinstance(self.annotations, Unset):
                annotations = UNSET
            elif isinstance(self.annotations, ToolAnnotations):
                annotations = self.annotations.to_dict()
            else:
                annotations = self.annotations

        except (AttributeError, TypeError):
            annotations = self.annotations

        field_meta: Any
        try:
            if isinstance(self.field_meta, Unset):
                field_meta = UNSET
            elif isinstance(self.field_meta, ToolMetaType0):
                field_meta = self.field_meta.to_dict()
            else:
                field_meta = self.field_meta

        except (AttributeError, TypeError):
            field_meta = self.field_meta

        execution: Any
        try:
            if isinstance(self.execution, Unset):
                execution = UNSET
            elif isinstance(self.execution, ToolExecution):
                execution = self.execution.to_dict()
            else:
                execution = self.execution

        except (AttributeError, TypeError):
            execution = self.execution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if input_schema is not None or "inputSchema" not in self._missing_fields:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        input_schema_raw = d.pop("inputSchema", MISSING)
        if input_schema_raw is MISSING:
            input_schema = missing_field(cls, "inputSchema")
            _missing += ("inputSchema",)
        else:
            try:
                input_schema = ToolInputschema.from_dict(input_schema_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                input_schema = deviating_field(cls, "inputSchema", input_schema_raw)

        title = d.pop("title", UNSET)
        if title.__class__ is not str and title is not None and title is not UNSET:
            title = unexpected_type(cls, "title", title, "a string or null")

        description = d.pop("description", UNSET)
        if description.__class__ is not str and description is not None and description is not UNSET:
            description = unexpected_type(cls, "description", description, "a string or null")

        output_schema_raw = d.pop("outputSchema", UNSET)
        try:

            def _parse_output_schema(data: object) -> None | ToolOutputSchemaType0 | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                output_schema_type_0 = ToolOutputSchemaType0.from_dict(data)

                return output_schema_type_0

            output_schema = _parse_output_schema(output_schema_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            output_schema = deviating_field(cls, "outputSchema", output_schema_raw)

        icons_raw = d.pop("icons", UNSET)
        try:

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

            icons = _parse_icons(icons_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            icons = deviating_field(cls, "icons", icons_raw)

        annotations_raw = d.pop("annotations", UNSET)
        try:

            def _parse_annotations(data: object) -> None | ToolAnnotations | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                annotations_type_0 = ToolAnnotations.from_dict(data)

                return annotations_type_0

            annotations = _parse_annotations(annotations_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            annotations = deviating_field(cls, "annotations", annotations_raw)

        field_meta_raw = d.pop("_meta", UNSET)
        try:

            def _parse_field_meta(data: object) -> None | ToolMetaType0 | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                field_meta_type_0 = ToolMetaType0.from_dict(data)

                return field_meta_type_0

            field_meta = _parse_field_meta(field_meta_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            field_meta = deviating_field(cls, "_meta", field_meta_raw)

        execution_raw = d.pop("execution", UNSET)
        try:

            def _parse_execution(data: object) -> None | ToolExecution | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                execution_type_0 = ToolExecution.from_dict(data)

                return execution_type_0

            execution = _parse_execution(execution_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            execution = deviating_field(cls, "execution", execution_raw)

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
        if _missing:
            tool._missing_fields = _missing
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
