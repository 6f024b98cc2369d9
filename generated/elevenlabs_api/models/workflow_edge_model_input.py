from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    parse_strictly,
    unexpected_type,
)

T = TypeVar("T", bound="WorkflowEdgeModelInput")


@_attrs_define
class WorkflowEdgeModelInput:
    """Attributes:
    source (str): ID of the source node.
    target (str): ID of the target node.
    forward_condition (None | Unset | WorkflowExpressionConditionModelInput | WorkflowLLMConditionModelInput |
        WorkflowResultConditionModelInput | WorkflowUnconditionalModelInput): Condition that must be met for the edge to
        be traversed in the forward direction (source to target).
    backward_condition (None | Unset | WorkflowExpressionConditionModelInput | WorkflowLLMConditionModelInput |
        WorkflowResultConditionModelInput | WorkflowUnconditionalModelInput): Condition that must be met for the edge to
        be traversed in the backward direction (target to source).
    """

    source: str

    target: str

    forward_condition: (
        None
        | Unset
        | WorkflowExpressionConditionModelInput
        | WorkflowLLMConditionModelInput
        | WorkflowResultConditionModelInput
        | WorkflowUnconditionalModelInput
    ) = UNSET

    backward_condition: (
        None
        | Unset
        | WorkflowExpressionConditionModelInput
        | WorkflowLLMConditionModelInput
        | WorkflowResultConditionModelInput
        | WorkflowUnconditionalModelInput
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        target = self.target

        forward_condition: Any
        try:
            if isinstance(self.forward_condition, Unset):
                forward_condition = UNSET
            elif (
                isinstance(self.forward_condition, WorkflowUnconditionalModelInput)
                or isinstance(self.forward_condition, WorkflowLLMConditionModelInput)
                or isinstance(self.forward_condition, WorkflowResultConditionModelInput)
                or isinstance(self.forward_condition, WorkflowExpressionConditionModelInput)
            ):
                forward_condition = self.forward_condition.to_dict()
            else:
                forward_condition = self.forward_condition

        except (AttributeError, TypeError):
            forward_condition = self.forward_condition

        backward_condition: Any
        try:
            if isinstance(self.backward_condition, Unset):
                backward_condition = UNSET
            elif (
                isinstance(self.backward_condition, WorkflowUnconditionalModelInput)
                or isinstance(self.backward_condition, WorkflowLLMConditionModelInput)
                or isinstance(self.backward_condition, WorkflowResultConditionModelInput)
                or isinstance(self.backward_condition, WorkflowExpressionConditionModelInput)
            ):
                backward_condition = self.backward_condition.to_dict()
            else:
                backward_condition = self.backward_condition

        except (AttributeError, TypeError):
            backward_condition = self.backward_condition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if source is not None or "source" not in self._missing_fields:
            field_dict["source"] = source
        if target is not None or "target" not in self._missing_fields:
            field_dict["target"] = target
        if forward_condition is not UNSET:
            field_dict["forward_condition"] = forward_condition
        if backward_condition is not UNSET:
            field_dict["backward_condition"] = backward_condition
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        source = d.pop("source", MISSING)
        if source.__class__ is not str:
            if source is MISSING:
                source = missing_field(cls, "source")
                _missing += ("source",)
            else:
                source = unexpected_type(cls, "source", source, "a string")

        target = d.pop("target", MISSING)
        if target.__class__ is not str:
            if target is MISSING:
                target = missing_field(cls, "target")
                _missing += ("target",)
            else:
                target = unexpected_type(cls, "target", target, "a string")

        forward_condition_raw = d.pop("forward_condition", UNSET)
        try:

            def _parse_forward_condition(
                data: object,
            ) -> (
                None
                | Unset
                | WorkflowExpressionConditionModelInput
                | WorkflowLLMConditionModelInput
                | WorkflowResultConditionModelInput
                | WorkflowUnconditionalModelInput
            ):
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return parse_strictly(_parse_forward_condition_member, data)

            def _parse_forward_condition_member(
                data: object,
            ) -> (
                None
                | Unset
                | WorkflowExpressionConditionModelInput
                | WorkflowLLMConditionModelInput
                | WorkflowResultConditionModelInput
                | WorkflowUnconditionalModelInput
            ):
                if isinstance(data, dict):
                    for known in (
                        WorkflowUnconditionalModelInput,
                        WorkflowLLMConditionModelInput,
                        WorkflowResultConditionModelInput,
                        WorkflowExpressionConditionModelInput,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    forward_condition_type_0_type_0 = WorkflowUnconditionalModelInput.from_dict(data)

                    return forward_condition_type_0_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    forward_condition_type_0_type_1 = WorkflowLLMConditionModelInput.from_dict(data)

                    return forward_condition_type_0_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    forward_condition_type_0_type_2 = WorkflowResultConditionModelInput.from_dict(data)

                    return forward_condition_type_0_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                forward_condition_type_0_type_3 = WorkflowExpressionConditionModelInput.from_dict(data)

                return forward_condition_type_0_type_3

            forward_condition = _parse_forward_condition(forward_condition_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            forward_condition = deviating_field(cls, "forward_condition", forward_condition_raw)

        backward_condition_raw = d.pop("backward_condition", UNSET)
        try:

            def _parse_backward_condition(
                data: object,
            ) -> (
                None
                | Unset
                | WorkflowExpressionConditionModelInput
                | WorkflowLLMConditionModelInput
                | WorkflowResultConditionModelInput
                | WorkflowUnconditionalModelInput
            ):
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return parse_strictly(_parse_backward_condition_member, data)

            def _parse_backward_condition_member(
                data: object,
            ) -> (
                None
                | Unset
                | WorkflowExpressionConditionModelInput
                | WorkflowLLMConditionModelInput
                | WorkflowResultConditionModelInput
                | WorkflowUnconditionalModelInput
            ):
                if isinstance(data, dict):
                    for known in (
                        WorkflowUnconditionalModelInput,
                        WorkflowLLMConditionModelInput,
                        WorkflowResultConditionModelInput,
                        WorkflowExpressionConditionModelInput,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    backward_condition_type_0_type_0 = WorkflowUnconditionalModelInput.from_dict(data)

                    return backward_condition_type_0_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    backward_condition_type_0_type_1 = WorkflowLLMConditionModelInput.from_dict(data)

                    return backward_condition_type_0_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    backward_condition_type_0_type_2 = WorkflowResultConditionModelInput.from_dict(data)

                    return backward_condition_type_0_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                backward_condition_type_0_type_3 = WorkflowExpressionConditionModelInput.from_dict(data)

                return backward_condition_type_0_type_3

            backward_condition = _parse_backward_condition(backward_condition_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            backward_condition = deviating_field(cls, "backward_condition", backward_condition_raw)

        workflow_edge_model_input = cls(
            source=source,
            target=target,
            forward_condition=forward_condition,
            backward_condition=backward_condition,
        )
        if _missing:
            workflow_edge_model_input._missing_fields = _missing
        workflow_edge_model_input.additional_properties = d
        return workflow_edge_model_input

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
from ..models.workflow_expression_condition_model_input import WorkflowExpressionConditionModelInput
from ..models.workflow_llm_condition_model_input import WorkflowLLMConditionModelInput
from ..models.workflow_result_condition_model_input import WorkflowResultConditionModelInput
from ..models.workflow_unconditional_model_input import WorkflowUnconditionalModelInput
