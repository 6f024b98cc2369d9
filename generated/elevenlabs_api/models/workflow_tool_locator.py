from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WorkflowToolLocator")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WorkflowToolLocator(Lazy):
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
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("tool_id",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        workflow_tool_locator = cls.__new__(cls)
        workflow_tool_locator.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


_read_tool_id = plain_reader("tool_id", (str,), "a string", True)


def _read_schema_overrides(cls: type[WorkflowToolLocator], d: Mapping[str, Any]) -> Any:
    schema_overrides_raw = d.get("schema_overrides", UNSET)
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

    return schema_overrides


_FIELDS: frozenset[str] = frozenset(
    (
        "tool_id",
        "schema_overrides",
    )
)


def _read_additional_properties(cls: type[WorkflowToolLocator], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[WorkflowToolLocator], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    tool_id = d.get("tool_id", MISSING)
    if tool_id.__class__ is not str:
        tool_id = _read_tool_id(cls, d)

    if "schema_overrides" in known:
        schema_overrides = known["schema_overrides"]
    else:
        schema_overrides = d.get("schema_overrides", UNSET)
        if schema_overrides is not UNSET and schema_overrides is not None:
            schema_overrides = _read_schema_overrides(cls, d)

    return {
        "tool_id": tool_id,
        "schema_overrides": schema_overrides,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    WorkflowToolLocator,
    _all_fields,
    {
        "tool_id": _read_tool_id,
        "schema_overrides": _read_schema_overrides,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.workflow_tool_locator_schema_overrides_type_0 import WorkflowToolLocatorSchemaOverridesType0
