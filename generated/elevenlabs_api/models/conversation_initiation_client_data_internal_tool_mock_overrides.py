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
class ConversationInitiationClientDataInternalToolMockOverrides(
    Lazy, AdditionalProperties["list[ToolResponseMockConfigOutput]"]
):
    """Per-tool response mock overrides keyed by resolved tool name, applied ahead of the tool's shared mocks. Used for
    test-specific mocks.

    """

    additional_properties: dict[str, list[ToolResponseMockConfigOutput]] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(list_of(object_of("ToolResponseMockConfigOutput")))),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.tool_response_mock_config_output import ToolResponseMockConfigOutput
