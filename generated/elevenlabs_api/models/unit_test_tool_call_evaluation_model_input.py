from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="UnitTestToolCallEvaluationModelInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class UnitTestToolCallEvaluationModelInput(Lazy):
    """Attributes:
    parameters (list[UnitTestToolCallParameter] | Unset): Parameters to evaluate for the agent's tool call. If
        empty, the tool call parameters are not evaluated.
    referenced_tool (None | ReferencedToolCommonModel | Unset): The tool to evaluate a call against.
    verify_absence (bool | Unset): Whether to verify that the tool was NOT called. Defaults to False on the server.
    workflow_node_transition (None | UnitTestWorkflowNodeTransitionEvaluationNodeId | Unset): Configuration for
        testing workflow node transitions. When set, the test will verify the agent transitions to the specified
        workflow node.
    """

    parameters: list[UnitTestToolCallParameter] | Unset = UNSET

    referenced_tool: None | ReferencedToolCommonModel | Unset = UNSET

    verify_absence: bool | Unset = UNSET

    workflow_node_transition: None | UnitTestWorkflowNodeTransitionEvaluationNodeId | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        parameters: Any
        try:
            parameters = UNSET
            if not isinstance(self.parameters, Unset):
                parameters = []
                for parameters_item_data in self.parameters:
                    parameters_item = parameters_item_data.to_dict()
                    parameters.append(parameters_item)

        except (AttributeError, TypeError):
            parameters = self.parameters

        referenced_tool: Any
        try:
            if isinstance(self.referenced_tool, Unset):
                referenced_tool = UNSET
            elif isinstance(self.referenced_tool, ReferencedToolCommonModel):
                referenced_tool = self.referenced_tool.to_dict()
            else:
                referenced_tool = self.referenced_tool

        except (AttributeError, TypeError):
            referenced_tool = self.referenced_tool

        verify_absence = self.verify_absence

        workflow_node_transition: Any
        try:
            if isinstance(self.workflow_node_transition, Unset):
                workflow_node_transition = UNSET
            elif isinstance(self.workflow_node_transition, UnitTestWorkflowNodeTransitionEvaluationNodeId):
                workflow_node_transition = self.workflow_node_transition.to_dict()
            else:
                workflow_node_transition = self.workflow_node_transition

        except (AttributeError, TypeError):
            workflow_node_transition = self.workflow_node_transition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if referenced_tool is not UNSET:
            field_dict["referenced_tool"] = referenced_tool
        if verify_absence is not UNSET:
            field_dict["verify_absence"] = verify_absence
        if workflow_node_transition is not UNSET:
            field_dict["workflow_node_transition"] = workflow_node_transition
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        unit_test_tool_call_evaluation_model_input = cls.__new__(cls)
        unit_test_tool_call_evaluation_model_input.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return unit_test_tool_call_evaluation_model_input

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


def _read_parameters(cls: type[UnitTestToolCallEvaluationModelInput], d: Mapping[str, Any]) -> Any:
    parameters_raw = d.get("parameters", UNSET)
    try:
        expect_array("parameters", parameters_raw)
        _parameters = parameters_raw
        parameters: list[UnitTestToolCallParameter] | Unset = UNSET
        if _parameters is not UNSET:
            parameters = []
            for parameters_item_data in _parameters:
                parameters_item = UnitTestToolCallParameter.from_dict(parameters_item_data)

                parameters.append(parameters_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        parameters = deviating_field(cls, "parameters", parameters_raw)

    return parameters


def _read_referenced_tool(cls: type[UnitTestToolCallEvaluationModelInput], d: Mapping[str, Any]) -> Any:
    referenced_tool_raw = d.get("referenced_tool", UNSET)
    try:

        def _parse_referenced_tool(data: object) -> None | ReferencedToolCommonModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            referenced_tool_type_0 = ReferencedToolCommonModel.from_dict(data)

            return referenced_tool_type_0

        referenced_tool = _parse_referenced_tool(referenced_tool_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        referenced_tool = deviating_field(cls, "referenced_tool", referenced_tool_raw)

    return referenced_tool


_read_verify_absence = plain_reader("verify_absence", (bool,), "a boolean", False)


def _read_workflow_node_transition(cls: type[UnitTestToolCallEvaluationModelInput], d: Mapping[str, Any]) -> Any:
    workflow_node_transition_raw = d.get("workflow_node_transition", UNSET)
    try:

        def _parse_workflow_node_transition(
            data: object,
        ) -> None | UnitTestWorkflowNodeTransitionEvaluationNodeId | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            workflow_node_transition_type_0 = UnitTestWorkflowNodeTransitionEvaluationNodeId.from_dict(data)

            return workflow_node_transition_type_0

        workflow_node_transition = _parse_workflow_node_transition(workflow_node_transition_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        workflow_node_transition = deviating_field(cls, "workflow_node_transition", workflow_node_transition_raw)

    return workflow_node_transition


_FIELDS: frozenset[str] = frozenset(
    (
        "parameters",
        "referenced_tool",
        "verify_absence",
        "workflow_node_transition",
    )
)


def _read_additional_properties(
    cls: type[UnitTestToolCallEvaluationModelInput], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[UnitTestToolCallEvaluationModelInput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "parameters" in known:
        parameters = known["parameters"]
    else:
        parameters = d.get("parameters", UNSET)
        if parameters is not UNSET:
            parameters = _read_parameters(cls, d)

    if "referenced_tool" in known:
        referenced_tool = known["referenced_tool"]
    else:
        referenced_tool = d.get("referenced_tool", UNSET)
        if referenced_tool is not UNSET and referenced_tool is not None:
            referenced_tool = _read_referenced_tool(cls, d)

    verify_absence = d.get("verify_absence", UNSET)
    if verify_absence.__class__ is not bool and verify_absence is not UNSET:
        verify_absence = _read_verify_absence(cls, d)

    if "workflow_node_transition" in known:
        workflow_node_transition = known["workflow_node_transition"]
    else:
        workflow_node_transition = d.get("workflow_node_transition", UNSET)
        if workflow_node_transition is not UNSET and workflow_node_transition is not None:
            workflow_node_transition = _read_workflow_node_transition(cls, d)

    return {
        "parameters": parameters,
        "referenced_tool": referenced_tool,
        "verify_absence": verify_absence,
        "workflow_node_transition": workflow_node_transition,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    UnitTestToolCallEvaluationModelInput,
    _all_fields,
    {
        "parameters": _read_parameters,
        "referenced_tool": _read_referenced_tool,
        "verify_absence": _read_verify_absence,
        "workflow_node_transition": _read_workflow_node_transition,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.referenced_tool_common_model import ReferencedToolCommonModel
from ..models.unit_test_tool_call_parameter import UnitTestToolCallParameter
from ..models.unit_test_workflow_node_transition_evaluation_node_id import (
    UnitTestWorkflowNodeTransitionEvaluationNodeId,
)
