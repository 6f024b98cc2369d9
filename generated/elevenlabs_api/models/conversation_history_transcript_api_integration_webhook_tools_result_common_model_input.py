from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
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
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelInput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    is_blocked: Defaults to False on the server.
    tool_latency_secs: Defaults to 0 on the server.
    error_type: Defaults to empty on the server.
    raw_error_message: Defaults to empty on the server.
    integration_id: Defaults to empty on the server.
    credential_id: Defaults to empty on the server.
    integration_connection_id: Defaults to empty on the server.
    """

    request_id: str

    tool_name: str

    result_value: str

    is_error: bool

    tool_has_been_called: bool

    type_: Literal["api_integration_webhook"] = _attrs_field(
        default="api_integration_webhook",
        kw_only=True,
        alias="type",
        validator=types.tag(
            "ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelInput",
            "type",
            "api_integration_webhook",
        ),
    )

    is_blocked: bool | Unset = UNSET

    tool_latency_secs: float | Unset = UNSET

    error_type: str | Unset = UNSET

    raw_error_message: str | Unset = UNSET

    dynamic_variable_updates: list[DynamicVariableUpdateCommonModel] | Unset = UNSET

    integration_id: str | Unset = UNSET

    credential_id: str | Unset = UNSET

    integration_connection_id: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("request_id", "request_id", STR, required=True),
        Field("tool_name", "tool_name", STR, required=True),
        Field("result_value", "result_value", STR, required=True),
        Field("is_error", "is_error", BOOL, required=True),
        Field("tool_has_been_called", "tool_has_been_called", BOOL, required=True),
        Field("type_", "type", const("api_integration_webhook"), required=True),
        Field("is_blocked", "is_blocked", BOOL),
        Field("tool_latency_secs", "tool_latency_secs", FLOAT),
        Field("error_type", "error_type", STR),
        Field("raw_error_message", "raw_error_message", STR),
        Field(
            "dynamic_variable_updates",
            "dynamic_variable_updates",
            list_of(object_of("DynamicVariableUpdateCommonModel")),
        ),
        Field("integration_id", "integration_id", STR),
        Field("credential_id", "credential_id", STR),
        Field("integration_connection_id", "integration_connection_id", STR),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelInput, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dynamic_variable_update_common_model import DynamicVariableUpdateCommonModel
