from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ConversationHistoryTranscriptWorkflowToolsResultCommonModelOutput")


@_attrs_define
class ConversationHistoryTranscriptWorkflowToolsResultCommonModelOutput:
    """Attributes:
    request_id (str):
    tool_name (str):
    result_value (str):
    is_error (bool):
    tool_has_been_called (bool):
    type_ (Literal['workflow']):
    tool_latency_secs (float | Unset):  Default: 0.0.
    dynamic_variable_updates (list[DynamicVariableUpdateCommonModel] | Unset):
    result (None | Unset | WorkflowToolResponseModelOutput):
    """

    request_id: str

    tool_name: str

    result_value: str

    is_error: bool

    tool_has_been_called: bool

    type_: Literal["workflow"]

    tool_latency_secs: float | Unset = 0.0

    dynamic_variable_updates: list[DynamicVariableUpdateCommonModel] | Unset = UNSET

    result: None | Unset | WorkflowToolResponseModelOutput = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "workflow")

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        tool_name = self.tool_name

        result_value = self.result_value

        is_error = self.is_error

        tool_has_been_called = self.tool_has_been_called

        type_ = self.type_

        tool_latency_secs = self.tool_latency_secs

        dynamic_variable_updates: Any
        try:
            dynamic_variable_updates = UNSET
            if not isinstance(self.dynamic_variable_updates, Unset):
                dynamic_variable_updates = []
                for dynamic_variable_updates_item_data in self.dynamic_variable_updates:
                    dynamic_variable_updates_item = dynamic_variable_updates_item_data.to_dict()
                    dynamic_variable_updates.append(dynamic_variable_updates_item)

        except (AttributeError, TypeError):
            dynamic_variable_updates = self.dynamic_variable_updates

        result: Any
        try:
            if isinstance(self.result, Unset):
                result = UNSET
            elif isinstance(self.result, WorkflowToolResponseModelOutput):
                result = self.result.to_dict()
            else:
                result = self.result

        except (AttributeError, TypeError):
            result = self.result

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
        if tool_has_been_called is not None or "tool_has_been_called" not in self._missing_fields:
            field_dict["tool_has_been_called"] = tool_has_been_called
        field_dict["type"] = type_
        if tool_latency_secs is not UNSET:
            field_dict["tool_latency_secs"] = tool_latency_secs
        if dynamic_variable_updates is not UNSET:
            field_dict["dynamic_variable_updates"] = dynamic_variable_updates
        if result is not UNSET:
            field_dict["result"] = result
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
        type_ = cast(Literal["workflow"], type__raw)
        if type_ != "workflow":
            raise ValueError(f"type must match const 'workflow', got '{type_}'")

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

        tool_has_been_called = d.pop("tool_has_been_called", MISSING)
        if tool_has_been_called.__class__ is not bool:
            if tool_has_been_called is MISSING:
                tool_has_been_called = missing_field(cls, "tool_has_been_called")
                _missing += ("tool_has_been_called",)
            else:
                tool_has_been_called = unexpected_type(cls, "tool_has_been_called", tool_has_been_called, "a boolean")

        tool_latency_secs = d.pop("tool_latency_secs", UNSET)
        if (
            tool_latency_secs.__class__ is not float
            and tool_latency_secs.__class__ is not int
            and tool_latency_secs is not UNSET
        ):
            tool_latency_secs = unexpected_type(cls, "tool_latency_secs", tool_latency_secs, "a number")

        dynamic_variable_updates_raw = d.pop("dynamic_variable_updates", UNSET)
        try:
            expect_array("dynamic_variable_updates", dynamic_variable_updates_raw)
            _dynamic_variable_updates = dynamic_variable_updates_raw
            dynamic_variable_updates: list[DynamicVariableUpdateCommonModel] | Unset = UNSET
            if _dynamic_variable_updates is not UNSET:
                dynamic_variable_updates = []
                for dynamic_variable_updates_item_data in _dynamic_variable_updates:
                    dynamic_variable_updates_item = DynamicVariableUpdateCommonModel.from_dict(
                        dynamic_variable_updates_item_data
                    )

                    dynamic_variable_updates.append(dynamic_variable_updates_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            dynamic_variable_updates = deviating_field(cls, "dynamic_variable_updates", dynamic_variable_updates_raw)

        result_raw = d.pop("result", UNSET)
        try:

            def _parse_result(data: object) -> None | Unset | WorkflowToolResponseModelOutput:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                result_type_0 = WorkflowToolResponseModelOutput.from_dict(data)

                return result_type_0

            result = _parse_result(result_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            result = deviating_field(cls, "result", result_raw)

        conversation_history_transcript_workflow_tools_result_common_model_output = cls(
            request_id=request_id,
            tool_name=tool_name,
            result_value=result_value,
            is_error=is_error,
            tool_has_been_called=tool_has_been_called,
            type_=type_,
            tool_latency_secs=tool_latency_secs,
            dynamic_variable_updates=dynamic_variable_updates,
            result=result,
        )
        if _missing:
            conversation_history_transcript_workflow_tools_result_common_model_output._missing_fields = _missing
        conversation_history_transcript_workflow_tools_result_common_model_output.additional_properties = d
        return conversation_history_transcript_workflow_tools_result_common_model_output

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
from ..models.workflow_tool_response_model_output import WorkflowToolResponseModelOutput
