from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    BOOL,
    FLOAT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    list_of,
    object_of,
)


@_attrs_define(slots=False)
class ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    is_blocked:  Default: False.
    tool_latency_secs:  Default: 0.0.
    error_type:  Default: ''.
    raw_error_message:  Default: ''.
    integration_id:  Default: ''.
    credential_id:  Default: ''.
    integration_connection_id:  Default: ''.
    """

    request_id: str

    tool_name: str

    result_value: str

    is_error: bool

    tool_has_been_called: bool

    dynamic_variable_updates: list[DynamicVariableUpdateCommonModel]

    type_: Literal["api_integration_webhook"] = _attrs_field(
        default="api_integration_webhook",
        kw_only=True,
        alias="type",
        validator=types.tag(
            "ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelOutput",
            "type",
            "api_integration_webhook",
        ),
    )

    is_blocked: bool = False

    tool_latency_secs: float = 0.0

    error_type: str = ""

    raw_error_message: str = ""

    integration_id: str = ""

    credential_id: str = ""

    integration_connection_id: str = ""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("request_id", "request_id", STR, required=True),
        Field("tool_name", "tool_name", STR, required=True),
        Field("result_value", "result_value", STR, required=True),
        Field("is_error", "is_error", BOOL, required=True),
        Field("is_blocked", "is_blocked", BOOL, required=True),
        Field("tool_has_been_called", "tool_has_been_called", BOOL, required=True),
        Field("tool_latency_secs", "tool_latency_secs", FLOAT, required=True),
        Field("error_type", "error_type", STR, required=True),
        Field("raw_error_message", "raw_error_message", STR, required=True),
        Field(
            "dynamic_variable_updates",
            "dynamic_variable_updates",
            list_of(object_of("DynamicVariableUpdateCommonModel")),
            required=True,
        ),
        Field("type_", "type", const("api_integration_webhook"), required=True),
        Field("integration_id", "integration_id", STR, required=True),
        Field("credential_id", "credential_id", STR, required=True),
        Field("integration_connection_id", "integration_connection_id", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelOutput, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dynamic_variable_update_common_model import DynamicVariableUpdateCommonModel
