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

T = TypeVar("T", bound="WorkflowLLMConditionModelInput")


@_attrs_define
class WorkflowLLMConditionModelInput:
    """Attributes:
    condition (str): Condition to evaluate
    label (None | str | Unset): Optional human-readable label for the condition used throughout the UI.
    type_ (Literal['llm'] | Unset):  Default: 'llm'.
    """

    condition: str

    label: None | str | Unset = UNSET

    type_: Literal["llm"] | Unset = "llm"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "llm")

    def to_dict(self) -> dict[str, Any]:
        condition = self.condition

        label: Any
        try:
            label = self.label

        except (AttributeError, TypeError):
            label = self.label

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if condition is not None or "condition" not in self._missing_fields:
            field_dict["condition"] = condition
        if label is not UNSET:
            field_dict["label"] = label
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
        type_ = cast(Literal["llm"] | Unset, type__raw)
        if type_ != "llm" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'llm', got '{type_}'")

        condition = d.pop("condition", MISSING)
        if condition.__class__ is not str:
            if condition is MISSING:
                condition = missing_field(cls, "condition")
                _missing += ("condition",)
            else:
                condition = unexpected_type(cls, "condition", condition, "a string")

        label = d.pop("label", UNSET)
        if label.__class__ is not str and label is not None and label is not UNSET:
            label = unexpected_type(cls, "label", label, "a string or null")

        workflow_llm_condition_model_input = cls(
            condition=condition,
            label=label,
            type_=type_,
        )
        if _missing:
            workflow_llm_condition_model_input._missing_fields = _missing
        workflow_llm_condition_model_input.additional_properties = d
        return workflow_llm_condition_model_input

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
