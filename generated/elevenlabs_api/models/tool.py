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
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="Tool")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class Tool(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "name",
        "inputSchema",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        tool = cls.__new__(cls)
        tool.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


_read_name = plain_reader("name", (str,), "a string", True)


def _read_input_schema(cls: type[Tool], d: Mapping[str, Any]) -> Any:
    input_schema_raw = d.get("inputSchema", MISSING)
    if input_schema_raw is MISSING:
        input_schema = missing_field(cls, "inputSchema")
    else:
        try:
            input_schema = ToolInputschema.from_dict(input_schema_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            input_schema = deviating_field(cls, "inputSchema", input_schema_raw)

    return input_schema


_read_title = plain_reader(
    "title",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_description = plain_reader(
    "description",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_output_schema(cls: type[Tool], d: Mapping[str, Any]) -> Any:
    output_schema_raw = d.get("outputSchema", UNSET)
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

    return output_schema


def _read_icons(cls: type[Tool], d: Mapping[str, Any]) -> Any:
    icons_raw = d.get("icons", UNSET)
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

    return icons


def _read_annotations(cls: type[Tool], d: Mapping[str, Any]) -> Any:
    annotations_raw = d.get("annotations", UNSET)
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

    return annotations


def _read_field_meta(cls: type[Tool], d: Mapping[str, Any]) -> Any:
    field_meta_raw = d.get("_meta", UNSET)
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

    return field_meta


def _read_execution(cls: type[Tool], d: Mapping[str, Any]) -> Any:
    execution_raw = d.get("execution", UNSET)
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

    return execution


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "inputSchema",
        "title",
        "description",
        "outputSchema",
        "icons",
        "annotations",
        "_meta",
        "execution",
    )
)


def _read_additional_properties(cls: type[Tool], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[Tool], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    if "input_schema" in known:
        input_schema = known["input_schema"]
    else:
        input_schema = _read_input_schema(cls, d)

    title = d.get("title", UNSET)
    if title.__class__ is not str and title is not None and title is not UNSET:
        title = _read_title(cls, d)

    description = d.get("description", UNSET)
    if description.__class__ is not str and description is not None and description is not UNSET:
        description = _read_description(cls, d)

    if "output_schema" in known:
        output_schema = known["output_schema"]
    else:
        output_schema = d.get("outputSchema", UNSET)
        if output_schema is not UNSET and output_schema is not None:
            output_schema = _read_output_schema(cls, d)

    if "icons" in known:
        icons = known["icons"]
    else:
        icons = d.get("icons", UNSET)
        if icons is not UNSET and icons is not None:
            icons = _read_icons(cls, d)

    if "annotations" in known:
        annotations = known["annotations"]
    else:
        annotations = d.get("annotations", UNSET)
        if annotations is not UNSET and annotations is not None:
            annotations = _read_annotations(cls, d)

    if "field_meta" in known:
        field_meta = known["field_meta"]
    else:
        field_meta = d.get("_meta", UNSET)
        if field_meta is not UNSET and field_meta is not None:
            field_meta = _read_field_meta(cls, d)

    if "execution" in known:
        execution = known["execution"]
    else:
        execution = d.get("execution", UNSET)
        if execution is not UNSET and execution is not None:
            execution = _read_execution(cls, d)

    return {
        "name": name,
        "input_schema": input_schema,
        "title": title,
        "description": description,
        "output_schema": output_schema,
        "icons": icons,
        "annotations": annotations,
        "field_meta": field_meta,
        "execution": execution,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    Tool,
    _all_fields,
    {
        "name": _read_name,
        "input_schema": _read_input_schema,
        "title": _read_title,
        "description": _read_description,
        "output_schema": _read_output_schema,
        "icons": _read_icons,
        "annotations": _read_annotations,
        "field_meta": _read_field_meta,
        "execution": _read_execution,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.icon import Icon
from ..models.tool_annotations import ToolAnnotations
from ..models.tool_execution import ToolExecution
from ..models.tool_inputschema import ToolInputschema
from ..models.tool_meta_type_0 import ToolMetaType0
from ..models.tool_output_schema_type_0 import ToolOutputSchemaType0
