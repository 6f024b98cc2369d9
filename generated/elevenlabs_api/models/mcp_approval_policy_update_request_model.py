from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import McpApprovalPolicy, check_mcp_approval_policy
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="McpApprovalPolicyUpdateRequestModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class McpApprovalPolicyUpdateRequestModel(Lazy):
    """Request model for updating MCP Server approval mode.

    Attributes:
        approval_policy (McpApprovalPolicy): Defines the MCP server-level approval policy for tool execution.
    """

    approval_policy: McpApprovalPolicy

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("approval_policy",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        approval_policy: Any
        try:
            approval_policy = self.approval_policy
        except (AttributeError, TypeError):
            approval_policy = self.approval_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if approval_policy is not None or "approval_policy" not in self._missing_fields:
            field_dict["approval_policy"] = approval_policy
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        mcp_approval_policy_update_request_model = cls.__new__(cls)
        mcp_approval_policy_update_request_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return mcp_approval_policy_update_request_model

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


def _read_approval_policy(cls: type[McpApprovalPolicyUpdateRequestModel], d: Mapping[str, Any]) -> Any:
    approval_policy_raw = d.get("approval_policy", MISSING)
    if approval_policy_raw is MISSING:
        approval_policy = missing_field(cls, "approval_policy")
    else:
        try:
            approval_policy = check_mcp_approval_policy(approval_policy_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            approval_policy = deviating_field(cls, "approval_policy", approval_policy_raw)

    return approval_policy


_FIELDS: frozenset[str] = frozenset(("approval_policy",))


def _read_additional_properties(cls: type[McpApprovalPolicyUpdateRequestModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[McpApprovalPolicyUpdateRequestModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "approval_policy" in known:
        approval_policy = known["approval_policy"]
    else:
        approval_policy = _read_approval_policy(cls, d)

    return {
        "approval_policy": approval_policy,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    McpApprovalPolicyUpdateRequestModel,
    _all_fields,
    {
        "approval_policy": _read_approval_policy,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
