from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WorkflowToolNestedToolsStepModelInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WorkflowToolNestedToolsStepModelInput(Lazy):
    """Attributes:
    step_latency_secs (float):
    node_id (str):
    requests (list[ConversationHistoryTranscriptToolCallCommonModelInput]):
    results (list[ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelInput |
        ConversationHistoryTranscriptOtherToolsResultCommonModel |
        ConversationHistoryTranscriptSystemToolResultCommonModelInput |
        ConversationHistoryTranscriptWorkflowToolsResultCommonModelInput]):
    is_successful (bool):
    type_ (Literal['nested_tools'] | Unset):  Default: 'nested_tools'.
    """

    step_latency_secs: float

    node_id: str

    requests: list[ConversationHistoryTranscriptToolCallCommonModelInput]

    results: list[
        ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelInput
        | ConversationHistoryTranscriptOtherToolsResultCommonModel
        | ConversationHistoryTranscriptSystemToolResultCommonModelInput
        | ConversationHistoryTranscriptWorkflowToolsResultCommonModelInput
    ]

    is_successful: bool

    type_: Literal["nested_tools"] | Unset = _attrs_field(
        default="nested_tools",
        kw_only=True,
        alias="type",
        validator=types.tag("WorkflowToolNestedToolsStepModelInput", "type", "nested_tools"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "step_latency_secs",
        "node_id",
        "requests",
        "results",
        "is_successful",
    )
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "nested_tools")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        step_latency_secs = self.step_latency_secs

        node_id = self.node_id

        requests: Any
        try:
            requests = []
            for requests_item_data in self.requests:
                requests_item = requests_item_data.to_dict()
                requests.append(requests_item)

        except (AttributeError, TypeError):
            requests = self.requests

        results: Any
        try:
            results = []
            for results_item_data in self.results:
                results_item: dict[str, Any]
                if (
                    isinstance(results_item_data, ConversationHistoryTranscriptSystemToolResultCommonModelInput)
                    or isinstance(
                        results_item_data, ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelInput
                    )
                    or isinstance(results_item_data, ConversationHistoryTranscriptWorkflowToolsResultCommonModelInput)
                    or isinstance(results_item_data, ConversationHistoryTranscriptOtherToolsResultCommonModel)
                ):
                    results_item = results_item_data.to_dict()
                else:
                    results_item = results_item_data

                results.append(results_item)

        except (AttributeError, TypeError):
            results = self.results

        is_successful = self.is_successful

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if step_latency_secs is not None or "step_latency_secs" not in self._missing_fields:
            field_dict["step_latency_secs"] = step_latency_secs
        if node_id is not None or "node_id" not in self._missing_fields:
            field_dict["node_id"] = node_id
        if requests is not None or "requests" not in self._missing_fields:
            field_dict["requests"] = requests
        if results is not None or "results" not in self._missing_fields:
            field_dict["results"] = results
        if is_successful is not None or "is_successful" not in self._missing_fields:
            field_dict["is_successful"] = is_successful
        if type_ is not UNSET:
            field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        workflow_tool_nested_tools_step_model_input = cls.__new__(cls)
        workflow_tool_nested_tools_step_model_input.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return workflow_tool_nested_tools_step_model_input

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


def _read_type_(cls: type[WorkflowToolNestedToolsStepModelInput], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["nested_tools"] | Unset, type__raw)
    if type_ != "nested_tools" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'nested_tools', got '{type_}'")

    return type_


_read_step_latency_secs = plain_reader(
    "step_latency_secs",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_node_id = plain_reader("node_id", (str,), "a string", True)


def _read_requests(cls: type[WorkflowToolNestedToolsStepModelInput], d: Mapping[str, Any]) -> Any:
    requests_raw = d.get("requests", MISSING)
    if requests_raw is MISSING:
        requests = missing_field(cls, "requests")
    else:
        try:
            expect_array("requests", requests_raw)
            requests = []
            _requests = requests_raw
            for requests_item_data in _requests:
                requests_item = ConversationHistoryTranscriptToolCallCommonModelInput.from_dict(requests_item_data)

                requests.append(requests_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            requests = deviating_field(cls, "requests", requests_raw)

    return requests


def _read_results(cls: type[WorkflowToolNestedToolsStepModelInput], d: Mapping[str, Any]) -> Any:
    results_raw = d.get("results", MISSING)
    if results_raw is MISSING:
        results = missing_field(cls, "results")
    else:
        try:
            expect_array("results", results_raw)
            results = []
            _results = results_raw
            for results_item_data in _results:

                def _parse_results_item(
                    data: object,
                ) -> (
                    ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelInput
                    | ConversationHistoryTranscriptOtherToolsResultCommonModel
                    | ConversationHistoryTranscriptSystemToolResultCommonModelInput
                    | ConversationHistoryTranscriptWorkflowToolsResultCommonModelInput
                ):
                    return parse_strictly(_parse_results_item_member, data)

                def _parse_results_item_member(
                    data: object,
                ) -> (
                    ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelInput
                    | ConversationHistoryTranscriptOtherToolsResultCommonModel
                    | ConversationHistoryTranscriptSystemToolResultCommonModelInput
                    | ConversationHistoryTranscriptWorkflowToolsResultCommonModelInput
                ):
                    if isinstance(data, dict):
                        for known in (
                            ConversationHistoryTranscriptSystemToolResultCommonModelInput,
                            ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelInput,
                            ConversationHistoryTranscriptWorkflowToolsResultCommonModelInput,
                            ConversationHistoryTranscriptOtherToolsResultCommonModel,
                        ):
                            kind = getattr(known, "_kind", None)
                            if kind is not None and data.get(kind[0]) == kind[1]:
                                return known.from_dict(data)

                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        results_item_type_0 = ConversationHistoryTranscriptSystemToolResultCommonModelInput.from_dict(
                            data
                        )

                        return results_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        results_item_type_1 = (
                            ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelInput.from_dict(
                                data
                            )
                        )

                        return results_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        results_item_type_2 = (
                            ConversationHistoryTranscriptWorkflowToolsResultCommonModelInput.from_dict(data)
                        )

                        return results_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    results_item_type_3 = ConversationHistoryTranscriptOtherToolsResultCommonModel.from_dict(data)

                    return results_item_type_3

                results_item = _parse_results_item(results_item_data)

                results.append(results_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            results = deviating_field(cls, "results", results_raw)

    return results


_read_is_successful = plain_reader("is_successful", (bool,), "a boolean", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "step_latency_secs",
        "node_id",
        "requests",
        "results",
        "is_successful",
        "type",
    )
)


def _read_additional_properties(
    cls: type[WorkflowToolNestedToolsStepModelInput], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WorkflowToolNestedToolsStepModelInput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            type_ = _read_type_(cls, d)

    step_latency_secs = d.get("step_latency_secs", MISSING)
    if step_latency_secs.__class__ is not float and step_latency_secs.__class__ is not int:
        step_latency_secs = _read_step_latency_secs(cls, d)

    node_id = d.get("node_id", MISSING)
    if node_id.__class__ is not str:
        node_id = _read_node_id(cls, d)

    if "requests" in known:
        requests = known["requests"]
    else:
        requests = _read_requests(cls, d)

    if "results" in known:
        results = known["results"]
    else:
        results = _read_results(cls, d)

    is_successful = d.get("is_successful", MISSING)
    if is_successful.__class__ is not bool:
        is_successful = _read_is_successful(cls, d)

    return {
        "step_latency_secs": step_latency_secs,
        "node_id": node_id,
        "requests": requests,
        "results": results,
        "is_successful": is_successful,
        "type_": type_,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WorkflowToolNestedToolsStepModelInput, type_="type")

set_readers(
    WorkflowToolNestedToolsStepModelInput,
    _all_fields,
    {
        "step_latency_secs": _read_step_latency_secs,
        "node_id": _read_node_id,
        "requests": _read_requests,
        "results": _read_results,
        "is_successful": _read_is_successful,
        "type_": _read_type_,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_history_transcript_api_integration_webhook_tools_result_common_model_input import (
    ConversationHistoryTranscriptApiIntegrationWebhookToolsResultCommonModelInput,
)
from ..models.conversation_history_transcript_other_tools_result_common_model import (
    ConversationHistoryTranscriptOtherToolsResultCommonModel,
)
from ..models.conversation_history_transcript_system_tool_result_common_model_input import (
    ConversationHistoryTranscriptSystemToolResultCommonModelInput,
)
from ..models.conversation_history_transcript_tool_call_common_model_input import (
    ConversationHistoryTranscriptToolCallCommonModelInput,
)
from ..models.conversation_history_transcript_workflow_tools_result_common_model_input import (
    ConversationHistoryTranscriptWorkflowToolsResultCommonModelInput,
)
