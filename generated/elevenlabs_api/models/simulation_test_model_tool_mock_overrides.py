from __future__ import annotations

from typing import ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
)


@_attrs_define(slots=False)
class SimulationTestModelToolMockOverrides(Lazy, AdditionalProperties["list[ToolResponseMockConfigOutput]"]):
    """Test-specific response mocks, keyed by tool ID. Applied ahead of the tool's shared mocks and only within this test.
    Only take effect for tools that are mocked (see tool_mock_config).

    """

    additional_properties: dict[str, list[ToolResponseMockConfigOutput]] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(list_of(object_of("ToolResponseMockConfigOutput")))),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.tool_response_mock_config_output import ToolResponseMockConfigOutput
