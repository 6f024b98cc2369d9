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
    parse_strictly,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WorkflowToolResponseModelInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WorkflowToolResponseModelInput(Lazy):
    """A common model for workflow tool responses.

    Attributes:
        steps (list[WorkflowToolEdgeStepModel | WorkflowToolMaxIterationsExceededStepModel |
            WorkflowToolNestedToolsStepModelInput] | Unset):
    """

    steps: (
        list[
            WorkflowToolEdgeStepModel
            | WorkflowToolMaxIterationsExceededStepModel
            | WorkflowToolNestedToolsStepModelInput
        ]
        | Unset
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        steps: Any
        try:
            steps = UNSET
            if not isinstance(self.steps, Unset):
                steps = []
                for steps_item_data in self.steps:
                    steps_item: dict[str, Any]
                    if (
                        isinstance(steps_item_data, WorkflowToolEdgeStepModel)
                        or isinstance(steps_item_data, WorkflowToolNestedToolsStepModelInput)
                        or isinstance(steps_item_data, WorkflowToolMaxIterationsExceededStepModel)
                    ):
                        steps_item = steps_item_data.to_dict()
                    else:
                        steps_item = steps_item_data

                    steps.append(steps_item)

        except (AttributeError, TypeError):
            steps = self.steps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if steps is not UNSET:
            field_dict["steps"] = steps
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        workflow_tool_response_model_input = cls.__new__(cls)
        workflow_tool_response_model_input.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return workflow_tool_response_model_input

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


def _read_steps(cls: type[WorkflowToolResponseModelInput], d: Mapping[str, Any]) -> Any:
    steps_raw = d.get("steps", UNSET)
    try:
        expect_array("steps", steps_raw)
        _steps = steps_raw
        steps: (
            list[
                WorkflowToolEdgeStepModel
                | WorkflowToolMaxIterationsExceededStepModel
                | WorkflowToolNestedToolsStepModelInput
            ]
            | Unset
        ) = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:

                def _parse_steps_item(
                    data: object,
                ) -> (
                    WorkflowToolEdgeStepModel
                    | WorkflowToolMaxIterationsExceededStepModel
                    | WorkflowToolNestedToolsStepModelInput
                ):
                    return parse_strictly(_parse_steps_item_member, data)

                def _parse_steps_item_member(
                    data: object,
                ) -> (
                    WorkflowToolEdgeStepModel
                    | WorkflowToolMaxIterationsExceededStepModel
                    | WorkflowToolNestedToolsStepModelInput
                ):
                    if isinstance(data, dict):
                        for known in (
                            WorkflowToolEdgeStepModel,
                            WorkflowToolNestedToolsStepModelInput,
                            WorkflowToolMaxIterationsExceededStepModel,
                        ):
                            kind = getattr(known, "_kind", None)
                            if kind is not None and data.get(kind[0]) == kind[1]:
                                return known.from_dict(data)

                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        steps_item_type_0 = WorkflowToolEdgeStepModel.from_dict(data)

                        return steps_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        steps_item_type_1 = WorkflowToolNestedToolsStepModelInput.from_dict(data)

                        return steps_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    steps_item_type_2 = WorkflowToolMaxIterationsExceededStepModel.from_dict(data)

                    return steps_item_type_2

                steps_item = _parse_steps_item(steps_item_data)

                steps.append(steps_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        steps = deviating_field(cls, "steps", steps_raw)

    return steps


_FIELDS: frozenset[str] = frozenset(("steps",))


def _read_additional_properties(cls: type[WorkflowToolResponseModelInput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WorkflowToolResponseModelInput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "steps" in known:
        steps = known["steps"]
    else:
        steps = d.get("steps", UNSET)
        if steps is not UNSET:
            steps = _read_steps(cls, d)

    return {
        "steps": steps,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    WorkflowToolResponseModelInput,
    _all_fields,
    {
        "steps": _read_steps,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.workflow_tool_edge_step_model import WorkflowToolEdgeStepModel
from ..models.workflow_tool_max_iterations_exceeded_step_model import WorkflowToolMaxIterationsExceededStepModel
from ..models.workflow_tool_nested_tools_step_model_input import WorkflowToolNestedToolsStepModelInput
