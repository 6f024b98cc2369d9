from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import McpToolApprovalPolicy, check_mcp_tool_approval_policy
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

T = TypeVar("T", bound="McpToolAddApprovalRequestModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class McpToolAddApprovalRequestModel(Lazy):
    """Request model for adding approval for a single MCP tool.

    Attributes:
        tool_name (str): The name of the MCP tool
        tool_description (str): The description of the MCP tool
        input_schema (McpToolAddApprovalRequestModelInputSchema | Unset): The input schema of the MCP tool (the schema
            defined on the MCP server before ElevenLabs does any extra processing)
        approval_policy (McpToolApprovalPolicy | Unset): Defines the tool-level approval policy.
    """

    tool_name: str

    tool_description: str

    input_schema: McpToolAddApprovalRequestModelInputSchema | Unset = UNSET

    approval_policy: McpToolApprovalPolicy | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "tool_name",
        "tool_description",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        tool_name = self.tool_name

        tool_description = self.tool_description

        input_schema: Any
        try:
            input_schema = UNSET
            if not isinstance(self.input_schema, Unset):
                input_schema = self.input_schema.to_dict()
        except (AttributeError, TypeError):
            input_schema = self.input_schema

        approval_policy: Any
        try:
            approval_policy = UNSET
            if not isinstance(self.approval_policy, Unset):
                approval_policy = self.approval_policy

        except (AttributeError, TypeError):
            approval_policy = self.approval_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if tool_name is not None or "tool_name" not in self._missing_fields:
            field_dict["tool_name"] = tool_name
        if tool_description is not None or "tool_description" not in self._missing_fields:
            field_dict["tool_description"] = tool_description
        if input_schema is not UNSET:
            field_dict["input_schema"] = input_schema
        if approval_policy is not UNSET:
            field_dict["approval_policy"] = approval_policy
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        mcp_tool_add_approval_request_model = cls.__new__(cls)
        mcp_tool_add_approval_request_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return mcp_tool_add_approval_request_model

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


_read_tool_name = plain_reader("tool_name", (str,), "a string", True)

_read_tool_description = plain_reader("tool_description", (str,), "a string", True)


def _read_input_schema(cls: type[McpToolAddApprovalRequestModel], d: Mapping[str, Any]) -> Any:
    input_schema_raw = d.get("input_schema", UNSET)
    try:
        _input_schema = input_schema_raw
        input_schema: McpToolAddApprovalRequestModelInputSchema | Unset
        if isinstance(_input_schema, Unset):
            input_schema = UNSET
        else:
            input_schema = McpToolAddApprovalRequestModelInputSchema.from_dict(_input_schema)
    except (KeyError, TypeError, ValueError, AttributeError):
        input_schema = deviating_field(cls, "input_schema", input_schema_raw)

    return input_schema


def _read_approval_policy(cls: type[McpToolAddApprovalRequestModel], d: Mapping[str, Any]) -> Any:
    approval_policy_raw = d.get("approval_policy", UNSET)
    try:
        _approval_policy = approval_policy_raw
        approval_policy: McpToolApprovalPolicy | Unset
        if isinstance(_approval_policy, Unset):
            approval_policy = UNSET
        else:
            approval_policy = check_mcp_tool_approval_policy(_approval_policy)
    except (KeyError, TypeError, ValueError, AttributeError):
        approval_policy = deviating_field(cls, "approval_policy", approval_policy_raw)

    return approval_policy


_FIELDS: frozenset[str] = frozenset(
    (
        "tool_name",
        "tool_description",
        "input_schema",
        "approval_policy",
    )
)


def _read_additional_properties(cls: type[McpToolAddApprovalRequestModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[McpToolAddApprovalRequestModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    tool_name = d.get("tool_name", MISSING)
    if tool_name.__class__ is not str:
        tool_name = _read_tool_name(cls, d)

    tool_description = d.get("tool_description", MISSING)
    if tool_description.__class__ is not str:
        tool_description = _read_tool_description(cls, d)

    if "input_schema" in known:
        input_schema = known["input_schema"]
    else:
        input_schema = d.get("input_schema", UNSET)
        if input_schema is not UNSET:
            input_schema = _read_input_schema(cls, d)

    if "approval_policy" in known:
        approval_policy = known["approval_policy"]
    else:
        approval_policy = d.get("approval_policy", UNSET)
        if approval_policy is not UNSET:
            approval_policy = _read_approval_policy(cls, d)

    return {
        "tool_name": tool_name,
        "tool_description": tool_description,
        "input_schema": input_schema,
        "approval_policy": approval_policy,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    McpToolAddApprovalRequestModel,
    _all_fields,
    {
        "tool_name": _read_tool_name,
        "tool_description": _read_tool_description,
        "input_schema": _read_input_schema,
        "approval_policy": _read_approval_policy,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.mcp_tool_add_approval_request_model_input_schema import McpToolAddApprovalRequestModelInputSchema
