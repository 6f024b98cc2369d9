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

T = TypeVar("T", bound="WorkflowUnconditionalModelOutput")


@_attrs_define
class WorkflowUnconditionalModelOutput:
    """Attributes:
    label (None | str): Optional human-readable label for the condition used throughout the UI.
    type_ (Literal['unconditional']):  Default: 'unconditional'.
    """

    label: None | str

    type_: Literal["unconditional"] = "unconditional"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "unconditional")

    def to_dict(self) -> dict[str, Any]:
        label: Any
        try:
            label = self.label

        except (AttributeError, TypeError):
            label = self.label

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if label is not None or "label" not in self._missing_fields:
            field_dict["label"] = label
        field_dict["type"] = type_
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
        type_ = cast(Literal["unconditional"], type__raw)
        if type_ != "unconditional":
            raise ValueError(f"type must match const 'unconditional', got '{type_}'")

        label = d.pop("label", MISSING)
        if label.__class__ is not str and label is not None:
            if label is MISSING:
                label = missing_field(cls, "label")
                _missing += ("label",)
            else:
                label = unexpected_type(cls, "label", label, "a string or null")

        workflow_unconditional_model_output = cls(
            label=label,
            type_=type_,
        )
        if _missing:
            workflow_unconditional_model_output._missing_fields = _missing
        workflow_unconditional_model_output.additional_properties = d
        return workflow_unconditional_model_output

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
