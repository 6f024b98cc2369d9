from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
)

T = TypeVar("T", bound="ASTLLMNodeValueSchema")


@_attrs_define
class ASTLLMNodeValueSchema:
    """Attributes:
    value_schema (LLMLiteralJsonSchemaProperty):
    type_ (Literal['llm'] | Unset):  Default: 'llm'.
    """

    value_schema: LLMLiteralJsonSchemaProperty

    type_: Literal["llm"] | Unset = "llm"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "llm")

    def to_dict(self) -> dict[str, Any]:
        value_schema: Any
        try:
            value_schema = self.value_schema.to_dict()
        except (AttributeError, TypeError):
            value_schema = self.value_schema

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if value_schema is not None or "value_schema" not in self._missing_fields:
            field_dict["value_schema"] = value_schema
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

        value_schema_raw = d.pop("value_schema", MISSING)
        if value_schema_raw is MISSING:
            value_schema = missing_field(cls, "value_schema")
            _missing += ("value_schema",)
        else:
            try:
                value_schema = LLMLiteralJsonSchemaProperty.from_dict(value_schema_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                value_schema = deviating_field(cls, "value_schema", value_schema_raw)

        astllm_node_value_schema = cls(
            value_schema=value_schema,
            type_=type_,
        )
        if _missing:
            astllm_node_value_schema._missing_fields = _missing
        astllm_node_value_schema.additional_properties = d
        return astllm_node_value_schema

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
from ..models.llm_literal_json_schema_property import LLMLiteralJsonSchemaProperty
