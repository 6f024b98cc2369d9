from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

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
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
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
        if request_id is not None or "request_id" not in self._missing_fields:
            field_dict["request_id"] = request_id
        if tool_name is not None or "tool_name" not in self._missing_fields:
            field_dict["tool_name"] = tool_name
        if result_value is not None or "result_value" not in self._missing_fields:
            field_dict["result_value"] = result_value
        if is_error is not None or "is_error" not in self._missing_fields:
            field_dict["is_error"] = is_error
        if is_blocked is not None or "is_blocked" not in self._missing_fields:
            field_dict["is_blocked"] = is_blocked
        if tool_has_been_called is not None or "tool_has_been_called" not in self._missing_fields:
            field_dict["tool_has_been_called"] = tool_has_been_called
        if tool_latency_secs is not None or "tool_latency_secs" not in self._missing_fields:
            field_dict["tool_latency_secs"] = tool_latency_secs
        if error_type is not None or "error_type" not in self._missing_fields:
            field_dict["error_type"] = error_type
        if raw_error_message is not None or "raw_error_message" not in self._missing_fields:
            field_dict["raw_error_message"] = raw_error_message
        if dynamic_variable_updates is not None or "dynamic_variable_updates" not in self._missing_fields:
            field_dict["dynamic_variable_updates"] = dynamic_variable_updates
        field_dict["type"] = type_
        if integration_id is not None or "integration_id" not in self._missing_fields:
            field_dict["integration_id"] = integration_id
        if credential_id is not None or "credential_id" not in self._missing_fields:
            field_dict["credential_id"] = credential_id
        if integration_connection_id is not None or "integration_connection_id" not in self._missing_fields:
            field_dict["integration_connection_id"] = integration_connection_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type__raw = d.pop("type", MISSING)
        if type__raw is MISSING:
            type__raw = missing_field(cls, "type")
        type_ = cast(Literal["api_integration_webhook"], type__raw)
        if type_ != "api_integration_webhook":
            raise ValueError(f"type must match const 'api_integration_webhook', got '{type_}'")

        request_id = d.pop("request_id", MISSING)
        if request_id.__class__ is not str:
            if request_id is MISSING:
                request_id = missing_field(cls, "request_id")
                _missing += ("request_id",)
            else:
                request_id = unexpected_type(cls, "request_id", request_id, "a string")

        tool_name = d.pop("tool_name", MISSING)
        if tool_name.__class__ is not str:
            if tool_name is MISSING:
                tool_name = missing_field(cls, "tool_name")
                _missing += ("tool_name",)
            else:
                tool_name = unexpected_type(cls, "tool_name", tool_name, "a string")

        result_value = d.pop("result_value", MISSING)
        if result_value.__class__ is not str:
            if result_value is MISSING:
                result_value = missing_field(cls, "result_value")
                _missing += ("result_value",)
            else:
                result_value = unexpected_type(cls, "result_value", result_value, "a string")

        is_error = d.pop("is_error", MISSING)
        if is_error.__class__ is not bool:
            if is_error is MISSING:
                is_error = missing_field(cls, "is_error")
                _missing += ("is_error",)
            else:
                is_error = unexpected_type(cls, "is_error", is_error, "a boolean")

        is_blocked = d.pop("is_blocked", MISSING)
        if is_blocked.__class__ is not bool:
            if is_blocked is MISSING:
                is_blocked = missing_field(cls, "is_blocked")
                _missing += ("is_blocked",)
            else:
                is_blocked = unexpected_type(cls, "is_blocked", is_blocked, "a boolean")

        tool_has_been_called = d.pop("tool_has_been_called", MISSING)
        if tool_has_been_called.__class__ is not bool:
            if tool_has_been_called is MISSING:
                tool_has_been_called = missing_field(cls, "tool_has_been_called")
                _missing += ("tool_has_been_called",)
            else:
                tool_has_been_called = unexpected_type(cls, "tool_has_been_called", tool_has_been_called, "a boolean")

        tool_latency_secs = d.pop("tool_latency_secs", MISSING)
        if tool_latency_secs.__class__ is not float and tool_latency_secs.__class__ is not int:
            if tool_latency_secs is MISSING:
                tool_latency_secs = missing_field(cls, "tool_latency_secs")
                _missing += ("tool_latency_secs",)
            else:
                tool_latency_secs = unexpected_type(cls, "tool_latency_secs", tool_latency_secs, "a number")

        error_type = d.pop("error_type", MISSING)
        if error_type.__class__ is not str:
            if error_type is MISSING:
                error_type = missing_field(cls, "error_type")
                _missing += ("error_type",)
            else:
                error_type = unexpected_type(cls, "error_type", error_type, "a string")

        raw_error_message = d.pop("raw_error_message", MISSING)
        if raw_error_message.__class__ is not str:
            if raw_error_message is MISSING:
                raw_error_message = missing_field(cls, "raw_error_message")
                _missing += ("raw_error_message",)
            else:
                raw_error_message = unexpected_type(cls, "raw_error_message", raw_error_message, "a string")

        dynamic_variable_updates_raw = d.pop("dynamic_variable_updates", MISSING)
        if dynamic_variable_updates_raw is MISSING:
            dynamic_variable_updates = missing_field(cls, "dynamic_variable_updates")
            _missing += ("dynamic_variable_updates",)
        else:
            try:
                expect_array("dynamic_variable_updates", dynamic_variable_updates_raw)
                dynamic_variable_updates = []
                _dynamic_variable_updates = dynamic_variable_updates_raw
                for dynamic_variable_updates_item_data in _dynamic_variable_updates:
                    dynamic_variable_updates_item = DynamicVariableUpdateCommonModel.from_dict(
                        dynamic_variable_updates_item_data
                    )

                    dynamic_variable_updates.append(dynamic_variable_updates_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                dynamic_variable_updates = deviating_field(
                    cls, "dynamic_variable_updates", dynamic_variable_updates_raw
                )

        integration_id = d.pop("integration_id", MISSING)
        if integration_id.__class__ is not str:
            if integration_id is MISSING:
                integration_id = missing_field(cls, "integration_id")
                _missing += ("integration_id",)
            else:
                integration_id = unexpected_type(cls, "integration_id", integration_id, "a string")

        credential_id = d.pop("credential_id", MISSING)
        if credential_id.__class__ is not str:
            if credential_id is MISSING:
                credential_id = missing_field(cls, "credential_id")
                _missing += ("credential_id",)
            else:
                credential_id = unexpected_type(cls, "credential_id", credential_id, "a string")

        integration_connection_id = d.pop("integration_connection_id", MISSING)
        if integration_connection_id.__class__ is not str:
            if integration_connection_id is MISSING:
                integration_connection_id = missing_field(cls, "integration_connection_id")
                _missing += ("integration_connection_id",)
            else:
                integration_connection_id = unexpected_type(
                    cls, "integration_connection_id", integration_connection_id, "a string"
                )

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
        if _missing:
            conversation_history_transcript_api_integration_webhook_tools_result_common_model_output._missing_fields = (
                _missing
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
