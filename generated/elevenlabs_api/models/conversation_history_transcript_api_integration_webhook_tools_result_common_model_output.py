from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, deviating_field, missing_field

T = TypeVar("T", bound="ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelOutput")


@_attrs_define
class ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelOutput:
    """Attributes:
    request_id (str):
    tool_name (str):
    result_value (str):
    is_error (bool):
    is_blocked (bool):  Default: False.
    tool_has_been_called (bool):
    tool_latency_secs (float):  Default: 0.0.
    error_type (str):  Default: ''.
    raw_error_message (str):  Default: ''.
    dynamic_variable_updates (list[DynamicVariableUpdateCommonModel]):
    type_ (Literal['api_integration_webhook']):
    integration_id (str):  Default: ''.
    credential_id (str):  Default: ''.
    integration_connection_id (str):  Default: ''.
    """

    request_id: str

    tool_name: str

    result_value: str

    is_error: bool

    tool_has_been_called: bool

    dynamic_variable_updates: list[DynamicVariableUpdateCommonModel]

    type_: Literal["api_integration_webhook"]

    is_blocked: bool = False

    tool_latency_secs: float = 0.0

    error_type: str = ""

    raw_error_message: str = ""

    integration_id: str = ""

    credential_id: str = ""

    integration_connection_id: str = ""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "api_integration_webhook")

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        tool_name = self.tool_name

        result_value = self.result_value

        is_error = self.is_error

        is_blocked = self.is_blocked

        tool_has_been_called = self.tool_has_been_called

        tool_latency_secs = self.tool_latency_secs

        error_type = self.error_type

        raw_error_message = self.raw_error_message

        dynamic_variable_updates: Any
        try:
            dynamic_variable_updates = []
            for dynamic_variable_updates_item_data in self.dynamic_variable_updates:
                dynamic_variable_updates_item = dynamic_variable_updates_item_data.to_dict()
                dynamic_variable_updates.append(dynamic_variable_updates_item)

        except (AttributeError, TypeError):
            dynamic_variable_updates = self.dynamic_variable_updates

        type_ = self.type_

        integration_id = self.integration_id

        credential_id = self.credential_id

        integration_connection_id = self.integration_connection_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if request_id is not None:
            field_dict["request_id"] = request_id
        if tool_name is not None:
            field_dict["tool_name"] = tool_name
        if result_value is not None:
            field_dict["result_value"] = result_value
        if is_error is not None:
            field_dict["is_error"] = is_error
        if is_blocked is not None:
            field_dict["is_blocked"] = is_blocked
        if tool_has_been_called is not None:
            field_dict["tool_has_been_called"] = tool_has_been_called
        if tool_latency_secs is not None:
            field_dict["tool_latency_secs"] = tool_latency_secs
        if error_type is not None:
            field_dict["error_type"] = error_type
        if raw_error_message is not None:
            field_dict["raw_error_message"] = raw_error_message
        if dynamic_variable_updates is not None:
            field_dict["dynamic_variable_updates"] = dynamic_variable_updates
        if type_ is not None:
            field_dict["type"] = type_
        if integration_id is not None:
            field_dict["integration_id"] = integration_id
        if credential_id is not None:
            field_dict["credential_id"] = credential_id
        if integration_connection_id is not None:
            field_dict["integration_connection_id"] = integration_connection_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        type__raw = d.pop("type", MISSING)
        if type__raw is MISSING:
            type__raw = missing_field(cls, "type")
        type_ = cast(Literal["api_integration_webhook"], type__raw)
        if type_ != "api_integration_webhook":
            raise ValueError(f"type must match const 'api_integration_webhook', got '{type_}'")

        request_id = d.pop("request_id", MISSING)
        if request_id is MISSING:
            request_id = missing_field(cls, "request_id")

        tool_name = d.pop("tool_name", MISSING)
        if tool_name is MISSING:
            tool_name = missing_field(cls, "tool_name")

        result_value = d.pop("result_value", MISSING)
        if result_value is MISSING:
            result_value = missing_field(cls, "result_value")

        is_error = d.pop("is_error", MISSING)
        if is_error is MISSING:
            is_error = missing_field(cls, "is_error")

        is_blocked = d.pop("is_blocked", MISSING)
        if is_blocked is MISSING:
            is_blocked = missing_field(cls, "is_blocked")

        tool_has_been_called = d.pop("tool_has_been_called", MISSING)
        if tool_has_been_called is MISSING:
            tool_has_been_called = missing_field(cls, "tool_has_been_called")

        tool_latency_secs = d.pop("tool_latency_secs", MISSING)
        if tool_latency_secs is MISSING:
            tool_latency_secs = missing_field(cls, "tool_latency_secs")

        error_type = d.pop("error_type", MISSING)
        if error_type is MISSING:
            error_type = missing_field(cls, "error_type")

        raw_error_message = d.pop("raw_error_message", MISSING)
        if raw_error_message is MISSING:
            raw_error_message = missing_field(cls, "raw_error_message")

        dynamic_variable_updates_raw = d.pop("dynamic_variable_updates", MISSING)
        if dynamic_variable_updates_raw is MISSING:
            dynamic_variable_updates_raw = missing_field(cls, "dynamic_variable_updates")
        try:
            dynamic_variable_updates = []
            _dynamic_variable_updates = dynamic_variable_updates_raw
            for dynamic_variable_updates_item_data in _dynamic_variable_updates:
                dynamic_variable_updates_item = DynamicVariableUpdateCommonModel.from_dict(
                    dynamic_variable_updates_item_data
                )

                dynamic_variable_updates.append(dynamic_variable_updates_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            dynamic_variable_updates = deviating_field(cls, "dynamic_variable_updates", dynamic_variable_updates_raw)

        integration_id = d.pop("integration_id", MISSING)
        if integration_id is MISSING:
            integration_id = missing_field(cls, "integration_id")

        credential_id = d.pop("credential_id", MISSING)
        if credential_id is MISSING:
            credential_id = missing_field(cls, "credential_id")

        integration_connection_id = d.pop("integration_connection_id", MISSING)
        if integration_connection_id is MISSING:
            integration_connection_id = missing_field(cls, "integration_connection_id")

        conversation_history_transcript_api_integration_webhook_tools_result_common_model_output = cls(
            request_id=request_id,
            tool_name=tool_name,
            result_value=result_value,
            is_error=is_error,
            is_blocked=is_blocked,
            tool_has_been_called=tool_has_been_called,
            tool_latency_secs=tool_latency_secs,
            error_type=error_type,
            raw_error_message=raw_error_message,
            dynamic_variable_updates=dynamic_variable_updates,
            type_=type_,
            integration_id=integration_id,
            credential_id=credential_id,
            integration_connection_id=integration_connection_id,
        )
        conversation_history_transcript_api_integration_webhook_tools_result_common_model_output.additional_properties = d
        return conversation_history_transcript_api_integration_webhook_tools_result_common_model_output

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dynamic_variable_update_common_model import DynamicVariableUpdateCommonModel
