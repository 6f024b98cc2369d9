from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import ToolExecutionTaskSupportType0
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
    literal,
    union,
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
