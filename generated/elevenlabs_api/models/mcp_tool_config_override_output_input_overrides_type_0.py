from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    parse_strictly,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="McpToolConfigOverrideOutputInputOverridesType0")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class McpToolConfigOverrideOutputInputOverridesType0(Lazy):
    additional_properties: dict[
        str,
        ConstantSchemaOverride
        | DynamicVariableSchemaOverride
        | LlmSchemaOverride
        | OmitSchemaOverride
        | UnknownVariant,
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            try:
                if (
                    isinstance(prop, ConstantSchemaOverride)
                    or isinstance(prop, DynamicVariableSchemaOverride)
                    or isinstance(prop, LlmSchemaOverride)
                    or isinstance(prop, OmitSchemaOverride)
                    or isinstance(prop, UnknownVariant)
                ):
                    field_dict[prop_name] = prop.to_dict()
                else:
                    field_dict[prop_name] = prop

            except (AttributeError, TypeError):  # a value kept as it came (not strict) goes back as it came
                field_dict[prop_name] = prop
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        mcp_tool_config_override_output_input_overrides_type_0 = cls.__new__(cls)
        mcp_tool_config_override_output_input_overrides_type_0.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return mcp_tool_config_override_output_input_overrides_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> (
        ConstantSchemaOverride | DynamicVariableSchemaOverride | LlmSchemaOverride | OmitSchemaOverride | UnknownVariant
    ):
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: ConstantSchemaOverride
        | DynamicVariableSchemaOverride
        | LlmSchemaOverride
        | OmitSchemaOverride
        | UnknownVariant,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_FIELDS: frozenset[str] = frozenset(())


def _read_additional_properties(
    cls: type[McpToolConfigOverrideOutputInputOverridesType0], d: Mapping[str, Any]
) -> dict[str, Any]:
    additional_properties = {}
    for prop_name, prop_dict in d.items():
        if prop_name in _FIELDS:
            continue
        try:

            def _parse_additional_property(
                data: object,
            ) -> (
                ConstantSchemaOverride
                | DynamicVariableSchemaOverride
                | LlmSchemaOverride
                | OmitSchemaOverride
                | UnknownVariant
            ):
                return parse_strictly(_parse_additional_property_member, data)

            def _parse_additional_property_member(
                data: object,
            ) -> (
                ConstantSchemaOverride
                | DynamicVariableSchemaOverride
                | LlmSchemaOverride
                | OmitSchemaOverride
                | UnknownVariant
            ):
                if isinstance(data, dict):
                    for known in (
                        ConstantSchemaOverride,
                        DynamicVariableSchemaOverride,
                        LlmSchemaOverride,
                        OmitSchemaOverride,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    additional_property_type_0 = ConstantSchemaOverride.from_dict(data)

                    return additional_property_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    additional_property_type_1 = DynamicVariableSchemaOverride.from_dict(data)

                    return additional_property_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    additional_property_type_2 = LlmSchemaOverride.from_dict(data)

                    return additional_property_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    additional_property_type_3 = OmitSchemaOverride.from_dict(data)

                    return additional_property_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                additional_property_type_4 = UnknownVariant.from_dict(data)

                return additional_property_type_4

            additional_property = _parse_additional_property(prop_dict)

        except (KeyError, TypeError, ValueError, AttributeError):
            additional_property = deviating_field(cls, prop_name, prop_dict)
        additional_properties[prop_name] = additional_property
    return additional_properties


def _all_fields(
    cls: type[McpToolConfigOverrideOutputInputOverridesType0], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    return {
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    McpToolConfigOverrideOutputInputOverridesType0,
    _all_fields,
    {
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.constant_schema_override import ConstantSchemaOverride
from ..models.dynamic_variable_schema_override import DynamicVariableSchemaOverride
from ..models.llm_schema_override import LlmSchemaOverride
from ..models.omit_schema_override import OmitSchemaOverride
from ..models.unknown_variant import UnknownVariant
