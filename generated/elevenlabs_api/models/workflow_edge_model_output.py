from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    missing_field,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WorkflowEdgeModelOutput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WorkflowEdgeModelOutput(Lazy):
    """Attributes:
    source (str): ID of the source node.
    target (str): ID of the target node.
    forward_condition (None | UnknownVariant | WorkflowExpressionConditionModelOutput |
        WorkflowLlmConditionModelOutput | WorkflowResultConditionModelOutput | WorkflowUnconditionalModelOutput):
        Condition that must be met for the edge to be traversed in the forward direction (source to target).
    backward_condition (None | UnknownVariant | WorkflowExpressionConditionModelOutput |
        WorkflowLlmConditionModelOutput | WorkflowResultConditionModelOutput | WorkflowUnconditionalModelOutput):
        Condition that must be met for the edge to be traversed in the backward direction (target to source).
    """

    source: str

    target: str

    forward_condition: (
        None
        | UnknownVariant
        | WorkflowExpressionConditionModelOutput
        | WorkflowLlmConditionModelOutput
        | WorkflowResultConditionModelOutput
        | WorkflowUnconditionalModelOutput
    ) = None

    backward_condition: (
        None
        | UnknownVariant
        | WorkflowExpressionConditionModelOutput
        | WorkflowLlmConditionModelOutput
        | WorkflowResultConditionModelOutput
        | WorkflowUnconditionalModelOutput
    ) = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "source",
        "target",
        "forward_condition",
        "backward_condition",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        source = self.source

        target = self.target

        forward_condition: Any
        try:
            if (
                isinstance(self.forward_condition, WorkflowUnconditionalModelOutput)
                or isinstance(self.forward_condition, WorkflowLlmConditionModelOutput)
                or isinstance(self.forward_condition, WorkflowResultConditionModelOutput)
                or isinstance(self.forward_condition, WorkflowExpressionConditionModelOutput)
                or isinstance(self.forward_condition, UnknownVariant)
            ):
                forward_condition = self.forward_condition.to_dict()
            else:
                forward_condition = self.forward_condition

        except (AttributeError, TypeError):
            forward_condition = self.forward_condition

        backward_condition: Any
        try:
            if (
                isinstance(self.backward_condition, WorkflowUnconditionalModelOutput)
                or isinstance(self.backward_condition, WorkflowLlmConditionModelOutput)
                or isinstance(self.backward_condition, WorkflowResultConditionModelOutput)
                or isinstance(self.backward_condition, WorkflowExpressionConditionModelOutput)
                or isinstance(self.backward_condition, UnknownVariant)
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
        if forward_condition is not None or "forward_condition" not in self._missing_fields:
            field_dict["forward_condition"] = forward_condition
        if backward_condition is not None or "backward_condition" not in self._missing_fields:
            field_dict["backward_condition"] = backward_condition
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        workflow_edge_model_output = cls.__new__(cls)
        workflow_edge_model_output.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return workflow_edge_model_output

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


_read_source = plain_reader("source", (str,), "a string", True)

_read_target = plain_reader("target", (str,), "a string", True)


def _read_forward_condition(cls: type[WorkflowEdgeModelOutput], d: Mapping[str, Any]) -> Any:
    forward_condition_raw = d.get("forward_condition", MISSING)
    if forward_condition_raw is MISSING:
        forward_condition = missing_field(cls, "forward_condition")
    else:
        try:

            def _parse_forward_condition(
                data: object,
            ) -> (
                None
                | UnknownVariant
                | WorkflowExpressionConditionModelOutput
                | WorkflowLlmConditionModelOutput
                | WorkflowResultConditionModelOutput
                | WorkflowUnconditionalModelOutput
            ):
                if data is None:
                    return data
                return parse_strictly(_parse_forward_condition_member, data)

            def _parse_forward_condition_member(
                data: object,
            ) -> (
                None
                | UnknownVariant
                | WorkflowExpressionConditionModelOutput
                | WorkflowLlmConditionModelOutput
                | WorkflowResultConditionModelOutput
                | WorkflowUnconditionalModelOutput
            ):
                if isinstance(data, dict):
                    for known in (
                        WorkflowUnconditionalModelOutput,
                        WorkflowLlmConditionModelOutput,
                        WorkflowResultConditionModelOutput,
                        WorkflowExpressionConditionModelOutput,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    forward_condition_type_0_type_0 = WorkflowUnconditionalModelOutput.from_dict(data)

                    return forward_condition_type_0_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    forward_condition_type_0_type_1 = WorkflowLlmConditionModelOutput.from_dict(data)

                    return forward_condition_type_0_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    forward_condition_type_0_type_2 = WorkflowResultConditionModelOutput.from_dict(data)

                    return forward_condition_type_0_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    forward_condition_type_0_type_3 = WorkflowExpressionConditionModelOutput.from_dict(data)

                    return forward_condition_type_0_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                forward_condition_type_0_type_4 = UnknownVariant.from_dict(data)

                return forward_condition_type_0_type_4

            forward_condition = _parse_forward_condition(forward_condition_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            forward_condition = deviating_field(cls, "forward_condition", forward_condition_raw)

    return forward_condition


def _read_backward_condition(cls: type[WorkflowEdgeModelOutput], d: Mapping[str, Any]) -> Any:
    backward_condition_raw = d.get("backward_condition", MISSING)
    if backward_condition_raw is MISSING:
        backward_condition = missing_field(cls, "backward_condition")
    else:
        try:

            def _parse_backward_condition(
                data: object,
            ) -> (
                None
                | UnknownVariant
                | WorkflowExpressionConditionModelOutput
                | WorkflowLlmConditionModelOutput
                | WorkflowResultConditionModelOutput
                | WorkflowUnconditionalModelOutput
            ):
                if data is None:
                    return data
                return parse_strictly(_parse_backward_condition_member, data)

            def _parse_backward_condition_member(
                data: object,
            ) -> (
                None
                | UnknownVariant
                | WorkflowExpressionConditionModelOutput
                | WorkflowLlmConditionModelOutput
                | WorkflowResultConditionModelOutput
                | WorkflowUnconditionalModelOutput
            ):
                if isinstance(data, dict):
                    for known in (
                        WorkflowUnconditionalModelOutput,
                        WorkflowLlmConditionModelOutput,
                        WorkflowResultConditionModelOutput,
                        WorkflowExpressionConditionModelOutput,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    backward_condition_type_0_type_0 = WorkflowUnconditionalModelOutput.from_dict(data)

                    return backward_condition_type_0_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    backward_condition_type_0_type_1 = WorkflowLlmConditionModelOutput.from_dict(data)

                    return backward_condition_type_0_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    backward_condition_type_0_type_2 = WorkflowResultConditionModelOutput.from_dict(data)

                    return backward_condition_type_0_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    backward_condition_type_0_type_3 = WorkflowExpressionConditionModelOutput.from_dict(data)

                    return backward_condition_type_0_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                backward_condition_type_0_type_4 = UnknownVariant.from_dict(data)

                return backward_condition_type_0_type_4

            backward_condition = _parse_backward_condition(backward_condition_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            backward_condition = deviating_field(cls, "backward_condition", backward_condition_raw)

    return backward_condition


_FIELDS: frozenset[str] = frozenset(
    (
        "source",
        "target",
        "forward_condition",
        "backward_condition",
    )
)


def _read_additional_properties(cls: type[WorkflowEdgeModelOutput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[WorkflowEdgeModelOutput], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    source = d.get("source", MISSING)
    if source.__class__ is not str:
        source = _read_source(cls, d)

    target = d.get("target", MISSING)
    if target.__class__ is not str:
        target = _read_target(cls, d)

    if "forward_condition" in known:
        forward_condition = known["forward_condition"]
    else:
        forward_condition = d.get("forward_condition", MISSING)
        if forward_condition is not None:
            forward_condition = _read_forward_condition(cls, d)

    if "backward_condition" in known:
        backward_condition = known["backward_condition"]
    else:
        backward_condition = d.get("backward_condition", MISSING)
        if backward_condition is not None:
            backward_condition = _read_backward_condition(cls, d)

    return {
        "source": source,
        "target": target,
        "forward_condition": forward_condition,
        "backward_condition": backward_condition,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    WorkflowEdgeModelOutput,
    _all_fields,
    {
        "source": _read_source,
        "target": _read_target,
        "forward_condition": _read_forward_condition,
        "backward_condition": _read_backward_condition,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.unknown_variant import UnknownVariant
from ..models.workflow_expression_condition_model_output import WorkflowExpressionConditionModelOutput
from ..models.workflow_llm_condition_model_output import WorkflowLlmConditionModelOutput
from ..models.workflow_result_condition_model_output import WorkflowResultConditionModelOutput
from ..models.workflow_unconditional_model_output import WorkflowUnconditionalModelOutput
