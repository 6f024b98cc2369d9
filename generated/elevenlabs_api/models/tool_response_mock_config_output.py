from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ToolResponseMockConfigOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    mock_result: The return value the LLM sees when this mock is active.
    parameter_conditions: If the list is empty, the mock will always activate.
    is_error: If true, the mock result is surfaced to the LLM as a tool error rather than a successful result.
        Defaults to False on the server.
    """

    mock_result: str

    parameter_conditions: list[UnitTestToolCallParameter] | Unset = UNSET

    is_error: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("mock_result", "mock_result", STR, required=True),
        Field("parameter_conditions", "parameter_conditions", list_of(object_of("UnitTestToolCallParameter"))),
        Field("is_error", "is_error", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.unit_test_tool_call_parameter import UnitTestToolCallParameter
