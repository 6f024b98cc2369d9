from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

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

T = TypeVar("T", bound="WebhookToolApiSchemaConfigOutputRequestHeaders")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WebhookToolApiSchemaConfigOutputRequestHeaders(Lazy):
    """Headers that should be included in the request"""

    additional_properties: dict[str, ConvAiDynamicVariable | ConvAiEnvVarLocator | ConvAiSecretLocator | str] = (
        _attrs_field(init=False, factory=dict)
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            try:
                if (
                    isinstance(prop, ConvAiSecretLocator)
                    or isinstance(prop, ConvAiDynamicVariable)
                    or isinstance(prop, ConvAiEnvVarLocator)
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
        webhook_tool_api_schema_config_output_request_headers = cls.__new__(cls)
        webhook_tool_api_schema_config_output_request_headers.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return webhook_tool_api_schema_config_output_request_headers

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ConvAiDynamicVariable | ConvAiEnvVarLocator | ConvAiSecretLocator | str:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: ConvAiDynamicVariable | ConvAiEnvVarLocator | ConvAiSecretLocator | str
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_FIELDS: frozenset[str] = frozenset(())


def _read_additional_properties(
    cls: type[WebhookToolApiSchemaConfigOutputRequestHeaders], d: Mapping[str, Any]
) -> dict[str, Any]:
    additional_properties = {}
    for prop_name, prop_dict in d.items():
        if prop_name in _FIELDS:
            continue
        try:

            def _parse_additional_property(
                data: object,
            ) -> ConvAiDynamicVariable | ConvAiEnvVarLocator | ConvAiSecretLocator | str:
                return parse_strictly(_parse_additional_property_member, data)

            def _parse_additional_property_member(
                data: object,
            ) -> ConvAiDynamicVariable | ConvAiEnvVarLocator | ConvAiSecretLocator | str:
                if isinstance(data, dict):
                    for known in (
                        ConvAiSecretLocator,
                        ConvAiDynamicVariable,
                        ConvAiEnvVarLocator,
                    ):
                        kind = getattr(known, "_kind", None)
                        if kind is not None and data.get(kind[0]) == kind[1]:
                            return known.from_dict(data)

                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    additional_property_type_1 = ConvAiSecretLocator.from_dict(data)

                    return additional_property_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    additional_property_type_2 = ConvAiDynamicVariable.from_dict(data)

                    return additional_property_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError(f"got {type(data).__name__}")
                    additional_property_type_3 = ConvAiEnvVarLocator.from_dict(data)

                    return additional_property_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("ConvAiDynamicVariable | ConvAiEnvVarLocator | ConvAiSecretLocator | str", data)

            additional_property = _parse_additional_property(prop_dict)

        except (KeyError, TypeError, ValueError, AttributeError):
            additional_property = deviating_field(cls, prop_name, prop_dict)
        additional_properties[prop_name] = additional_property
    return additional_properties


def _all_fields(
    cls: type[WebhookToolApiSchemaConfigOutputRequestHeaders], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    return {
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    WebhookToolApiSchemaConfigOutputRequestHeaders,
    _all_fields,
    {
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conv_ai_dynamic_variable import ConvAiDynamicVariable
from ..models.conv_ai_env_var_locator import ConvAiEnvVarLocator
from ..models.conv_ai_secret_locator import ConvAiSecretLocator
