from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="WorkflowToolLocator")


@_attrs_define
class WorkflowToolLocator:
    """Attributes:
    tool_id (str):
    schema_overrides (None | Unset | WorkflowToolLocatorSchemaOverridesType0): Per-node parameter overrides applied
        on top of the tool's own configuration. Keys are dotted parameter paths (webhook tools prefix keys with
        path_params./query_params./request_body.). These take precedence over any overrides already defined on the tool
        itself.
    """

    tool_id: str

    schema_overrides: None | Unset | WorkflowToolLocatorSchemaOverridesType0 = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        tool_id = self.tool_id

        schema_overrides: Any
        try:
            if isinstance(self.schema_overrides, Unset):
                schema_overrides = UNSET
            elif isinstance(self.schema_overrides, WorkflowToolLocatorSchemaOverridesType0):
                schema_overrides = self.schema_overrides.to_dict()
            else:
                schema_overrides = self.schema_overrides

        except (AttributeError, TypeError):
            schema_overrides = self.schema_overrides

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if tool_id is not None or "tool_id" not in self._missing_fields:
            field_dict["tool_id"] = tool_id
        if schema_overrides is not UNSET:
            field_dict["schema_overrides"] = schema_overrides
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        tool_id = d.pop("tool_id", MISSING)
        if tool_id.__class__ is not str:
            if tool_id is MISSING:
                tool_id = missing_field(cls, "tool_id")
                _missing += ("tool_id",)
            else:
                tool_id = unexpected_type(cls, "tool_id", tool_id, "a string")

        schema_overrides_raw = d.pop("schema_overrides", UNSET)
        try:

            def _parse_schema_overrides(data: object) -> None | Unset | WorkflowToolLocatorSchemaOverridesType0:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                schema_overrides_type_0 = WorkflowToolLocatorSchemaOverridesType0.from_dict(data)

                return schema_overrides_type_0

            schema_overrides = _parse_schema_overrides(schema_overrides_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            schema_overrides = deviating_field(cls, "schema_overrides", schema_overrides_raw)

        workflow_tool_locator = cls(
            tool_id=tool_id,
            schema_overrides=schema_overrides,
        )
        if _missing:
            workflow_tool_locator._missing_fields = _missing
        workflow_tool_locator.additional_properties = d
        return workflow_tool_locator

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
from ..models.workflow_tool_locator_schema_overrides_type_0 import WorkflowToolLocatorSchemaOverridesType0
