from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="WorkflowResultConditionModelOutput")


@_attrs_define
class WorkflowResultConditionModelOutput:
    """Attributes:
    label (None | str): Optional human-readable label for the condition used throughout the UI.
    type_ (Literal['result']):  Default: 'result'.
    successful (bool): Whether all tools in the previously executed tool node were executed successfully.
    """

    label: None | str

    successful: bool

    type_: Literal["result"] = "result"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "result")

    def to_dict(self) -> dict[str, Any]:
        label: Any
        try:
            label = self.label

        except (AttributeError, TypeError):
            label = self.label

        type_ = self.type_

        successful = self.successful

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if label is not None or "label" not in self._missing_fields:
            field_dict["label"] = label
        field_dict["type"] = type_
        if successful is not None or "successful" not in self._missing_fields:
            field_dict["successful"] = successful
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
        type_ = cast(Literal["result"], type__raw)
        if type_ != "result":
            raise ValueError(f"type must match const 'result', got '{type_}'")

        label = d.pop("label", MISSING)
        if label.__class__ is not str and label is not None:
            if label is MISSING:
                label = missing_field(cls, "label")
                _missing += ("label",)
            else:
                label = unexpected_type(cls, "label", label, "a string or null")

        successful = d.pop("successful", MISSING)
        if successful.__class__ is not bool:
            if successful is MISSING:
                successful = missing_field(cls, "successful")
                _missing += ("successful",)
            else:
                successful = unexpected_type(cls, "successful", successful, "a boolean")

        workflow_result_condition_model_output = cls(
            label=label,
            type_=type_,
            successful=successful,
        )
        if _missing:
            workflow_result_condition_model_output._missing_fields = _missing
        workflow_result_condition_model_output.additional_properties = d
        return workflow_result_condition_model_output

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
