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

T = TypeVar("T", bound="ASTNumberNodeInput")


@_attrs_define
class ASTNumberNodeInput:
    """Attributes:
    value (float | int): Value of this literal.
    type_ (Literal['number_literal'] | Unset):  Default: 'number_literal'.
    """

    value: float | int

    type_: Literal["number_literal"] | Unset = "number_literal"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "number_literal")

    def to_dict(self) -> dict[str, Any]:
        value: Any
        try:
            value = self.value

        except (AttributeError, TypeError):
            value = self.value

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if value is not None or "value" not in self._missing_fields:
            field_dict["value"] = value
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
        type_ = cast(Literal["number_literal"] | Unset, type__raw)
        if type_ != "number_literal" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'number_literal', got '{type_}'")

        value = d.pop("value", MISSING)
        if value.__class__ is not float and value.__class__ is not int and value.__class__ is not int:
            if value is MISSING:
                value = missing_field(cls, "value")
                _missing += ("value",)
            else:
                value = unexpected_type(cls, "value", value, "a number or an integer")

        ast_number_node_input = cls(
            value=value,
            type_=type_,
        )
        if _missing:
            ast_number_node_input._missing_fields = _missing
        ast_number_node_input.additional_properties = d
        return ast_number_node_input

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
