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

T = TypeVar("T", bound="ExactParameterEvaluationStrategy")


@_attrs_define
class ExactParameterEvaluationStrategy:
    """Attributes:
    type_ (Literal['exact']):
    expected_value (str): The exact string value that the parameter must match.
    """

    type_: Literal["exact"]

    expected_value: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "exact")

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        expected_value = self.expected_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if expected_value is not None or "expected_value" not in self._missing_fields:
            field_dict["expected_value"] = expected_value
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
        type_ = cast(Literal["exact"], type__raw)
        if type_ != "exact":
            raise ValueError(f"type must match const 'exact', got '{type_}'")

        expected_value = d.pop("expected_value", MISSING)
        if expected_value.__class__ is not str:
            if expected_value is MISSING:
                expected_value = missing_field(cls, "expected_value")
                _missing += ("expected_value",)
            else:
                expected_value = unexpected_type(cls, "expected_value", expected_value, "a string")

        exact_parameter_evaluation_strategy = cls(
            type_=type_,
            expected_value=expected_value,
        )
        if _missing:
            exact_parameter_evaluation_strategy._missing_fields = _missing
        exact_parameter_evaluation_strategy.additional_properties = d
        return exact_parameter_evaluation_strategy

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
