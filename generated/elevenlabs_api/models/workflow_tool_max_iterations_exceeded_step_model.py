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
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WorkflowToolMaxIterationsExceededStepModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WorkflowToolMaxIterationsExceededStepModel(Lazy):
    """Attributes:
    step_latency_secs (float):
    max_iterations (int):
    type_ (Literal['max_iterations_exceeded'] | Unset):
    """

    step_latency_secs: float

    max_iterations: int

    type_: Literal["max_iterations_exceeded"] | Unset = _attrs_field(
        default="max_iterations_exceeded",
        kw_only=True,
        alias="type",
        validator=types.tag("WorkflowToolMaxIterationsExceededStepModel", "type", "max_iterations_exceeded"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "step_latency_secs",
        "max_iterations",
    )
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "max_iterations_exceeded")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        workflow_tool_max_iterations_exceeded_step_model = cls.__new__(cls)
        workflow_tool_max_iterations_exceeded_step_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_type_(cls: type[WorkflowToolMaxIterationsExceededStepModel], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["max_iterations_exceeded"] | Unset, type__raw)
    if type_ != "max_iterations_exceeded" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'max_iterations_exceeded', got '{type_}'")

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

_read_max_iterations = plain_reader("max_iterations", (int,), "an integer", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "step_latency_secs",
        "max_iterations",
        "type",
    )
)


def _read_additional_properties(
    cls: type[WorkflowToolMaxIterationsExceededStepModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WorkflowToolMaxIterationsExceededStepModel], d: Mapping[str, Any], known: Mapping[str, Any]
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

    max_iterations = d.get("max_iterations", MISSING)
    if max_iterations.__class__ is not int:
        max_iterations = _read_max_iterations(cls, d)

    return {
        "step_latency_secs": step_latency_secs,
        "max_iterations": max_iterations,
        "type_": type_,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(WorkflowToolMaxIterationsExceededStepModel, type_="type")

set_readers(
    WorkflowToolMaxIterationsExceededStepModel,
    _all_fields,
    {
        "step_latency_secs": _read_step_latency_secs,
        "max_iterations": _read_max_iterations,
        "type_": _read_type_,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
