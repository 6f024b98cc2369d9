from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
    list_of,
    object_of,
)


@_attrs_define(slots=False)
class RunSubagentToolConfigOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    system_tool_type:  Default: 'run_subagent'.
    """

    agents: list[SubAgentOutput]

    system_tool_type: Literal["run_subagent"] | Unset = _attrs_field(
        default="run_subagent",
        kw_only=True,
        validator=types.tag("RunSubagentToolConfigOutput", "system_tool_type", "run_subagent"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("agents", "agents", list_of(object_of("SubAgentOutput")), required=True),
        Field("system_tool_type", "system_tool_type", const("run_subagent")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.sub_agent_output import SubAgentOutput
