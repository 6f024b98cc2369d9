from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import McpToolApprovalPolicy
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="McpToolApprovalHash")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class McpToolApprovalHash(Lazy):
    """Model for storing tool approval hashes for per-tool approval.

    Attributes:
        tool_name (str): The name of the MCP tool
        tool_hash (str): SHA256 hash of the tool's parameters and description
        approval_policy (McpToolApprovalPolicy | str | Unset): The approval policy for this tool Defaults to
            'requires_approval' on the server.
    """

    tool_name: str

    tool_hash: str

    approval_policy: McpToolApprovalPolicy | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "tool_name",
        "tool_hash",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        tool_name = self.tool_name

        tool_hash = self.tool_hash

        approval_policy: Any
        try:
            if isinstance(self.approval_policy, Unset):
                approval_policy = UNSET
            elif isinstance(self.approval_policy, str):
                approval_policy = self.approval_policy
            else:
                approval_policy = self.approval_policy

        except (AttributeError, TypeError):
            approval_policy = self.approval_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if tool_name is not None or "tool_name" not in self._missing_fields:
            field_dict["tool_name"] = tool_name
        if tool_hash is not None or "tool_hash" not in self._missing_fields:
            field_dict["tool_hash"] = tool_hash
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
        mcp_tool_approval_hash = cls.__new__(cls)
        mcp_tool_approval_hash.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return mcp_tool_approval_hash

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

_read_tool_hash = plain_reader("tool_hash", (str,), "a string", True)

_read_approval_policy = plain_reader("approval_policy", (str,), "a string", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "tool_name",
        "tool_hash",
        "approval_policy",
    )
)


def _read_additional_properties(cls: type[McpToolApprovalHash], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[McpToolApprovalHash], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    tool_name = d.get("tool_name", MISSING)
    if tool_name.__class__ is not str:
        tool_name = _read_tool_name(cls, d)

    tool_hash = d.get("tool_hash", MISSING)
    if tool_hash.__class__ is not str:
        tool_hash = _read_tool_hash(cls, d)

    approval_policy = d.get("approval_policy", UNSET)
    if approval_policy.__class__ is not str and approval_policy is not UNSET:
        approval_policy = _read_approval_policy(cls, d)

    return {
        "tool_name": tool_name,
        "tool_hash": tool_hash,
        "approval_policy": approval_policy,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    McpToolApprovalHash,
    _all_fields,
    {
        "tool_name": _read_tool_name,
        "tool_hash": _read_tool_hash,
        "approval_policy": _read_approval_policy,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
