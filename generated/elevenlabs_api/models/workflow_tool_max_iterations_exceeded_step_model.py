from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="WorkflowToolMaxIterationsExceededStepModel")


@_attrs_define
class WorkflowToolMaxIterationsExceededStepModel:
    """Attributes:
    step_latency_secs (float):
    max_iterations (int):
    type_ (Literal['max_iterations_exceeded'] | Unset):
    """

    step_latency_secs: float

    max_iterations: int

    type_: Literal["max_iterations_exceeded"] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "max_iterations_exceeded")

    def to_dict(self) -> dict[str, Any]:
        step_latency_secs = self.step_latency_secs

        max_iterations = self.max_iterations

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if step_latency_secs is not None or "step_latency_secs" not in self._missing_fields:
            field_dict["step_latency_secs"] = step_latency_secs
        if max_iterations is not None or "max_iterations" not in self._missing_fields:
            field_dict["max_iterations"] = max_iterations
        if type_ is not UNSET:
            field_dict["type"] = type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type__raw = d.pop("type", UNSET)
        type_ = cast(Literal["max_iterations_exceeded"] | Unset, type__raw)
        if type_ != "max_iterations_exceeded" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'max_iterations_exceeded', got '{type_}'")

        step_latency_secs = d.pop("step_latency_secs", MISSING)
        if step_latency_secs.__class__ is not float and step_latency_secs.__class__ is not int:
            if step_latency_secs is MISSING:
                step_latency_secs = missing_field(cls, "step_latency_secs")
                _missing += ("step_latency_secs",)
            else:
                step_latency_secs = unexpected_type(cls, "step_latency_secs", step_latency_secs, "a number")

        max_iterations = d.pop("max_iterations", MISSING)
        if max_iterations.__class__ is not int:
            if max_iterations is MISSING:
                max_iterations = missing_field(cls, "max_iterations")
                _missing += ("max_iterations",)
            else:
                max_iterations = unexpected_type(cls, "max_iterations", max_iterations, "an integer")

        workflow_tool_max_iterations_exceeded_step_model = cls(
            step_latency_secs=step_latency_secs,
            max_iterations=max_iterations,
            type_=type_,
        )
        if _missing:
            workflow_tool_max_iterations_exceeded_step_model._missing_fields = _missing
        workflow_tool_max_iterations_exceeded_step_model.additional_properties = d
        return workflow_tool_max_iterations_exceeded_step_model

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
