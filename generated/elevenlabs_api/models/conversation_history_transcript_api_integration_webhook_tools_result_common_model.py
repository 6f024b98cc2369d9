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
class ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    tool_latency_secs: Defaults to 0 on the server.
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
            "ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModel",
            "type",
            "api_integration_webhook",
        ),
    )

    integration_id: str

    credential_id: str

    integration_connection_id: str

    tool_latency_secs: float | Unset = UNSET

    dynamic_variable_updates: list[DynamicVariableUpdateCommonModel] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("request_id", "request_id", STR, required=True),
        Field("tool_name", "tool_name", STR, required=True),
        Field("result_value", "result_value", STR, required=True),
        Field("is_error", "is_error", BOOL, required=True),
        Field("tool_has_been_called", "tool_has_been_called", BOOL, required=True),
        Field("type_", "type", const("api_integration_webhook"), required=True),
        Field("integration_id", "integration_id", STR, required=True),
        Field("credential_id", "credential_id", STR, required=True),
        Field("integration_connection_id", "integration_connection_id", STR, required=True),
        Field("tool_latency_secs", "tool_latency_secs", FLOAT),
        Field(
            "dynamic_variable_updates",
            "dynamic_variable_updates",
            list_of(object_of("DynamicVariableUpdateCommonModel")),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModel, type_="type")


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dynamic_variable_update_common_model import DynamicVariableUpdateCommonModel
