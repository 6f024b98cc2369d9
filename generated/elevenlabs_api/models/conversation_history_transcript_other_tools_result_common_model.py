from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    FLOAT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import (
    ConversationHistoryTranscriptOtherToolsResultCommonModelType,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ConversationHistoryTranscriptOtherToolsResultCommonModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    tool_latency_secs: Defaults to 0 on the server.
    """

    request_id: str

    tool_name: str

    result_value: str

    is_error: bool

    tool_has_been_called: bool

    tool_latency_secs: float | Unset = UNSET

    dynamic_variable_updates: list[DynamicVariableUpdateCommonModel] | Unset = UNSET

    type_: ConversationHistoryTranscriptOtherToolsResultCommonModelType | None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("request_id", "request_id", STR, required=True),
        Field("tool_name", "tool_name", STR, required=True),
        Field("result_value", "result_value", STR, required=True),
        Field("is_error", "is_error", BOOL, required=True),
        Field("tool_has_been_called", "tool_has_been_called", BOOL, required=True),
        Field("tool_latency_secs", "tool_latency_secs", FLOAT),
        Field(
            "dynamic_variable_updates",
            "dynamic_variable_updates",
            list_of(object_of("DynamicVariableUpdateCommonModel")),
        ),
        Field(
            "type_", "type", union(literal("ConversationHistoryTranscriptOtherToolsResultCommonModelType"), NULL, STR)
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dynamic_variable_update_common_model import DynamicVariableUpdateCommonModel
