from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
    object_of,
)


@_attrs_define(slots=False)
class StartProcedureToolConfigOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    system_tool_type:  Default: 'start_procedure'.
    """

    system_tool_type: Literal["start_procedure"] | Unset = _attrs_field(
        default="start_procedure",
        kw_only=True,
        validator=types.tag("StartProcedureToolConfigOutput", "system_tool_type", "start_procedure"),
    )

    procedures: StartProcedureToolConfigOutputProcedures | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("system_tool_type", "system_tool_type", const("start_procedure")),
        Field("procedures", "procedures", object_of("StartProcedureToolConfigOutputProcedures")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.start_procedure_tool_config_output_procedures import StartProcedureToolConfigOutputProcedures
