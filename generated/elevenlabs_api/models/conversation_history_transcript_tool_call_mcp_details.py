from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
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

T = TypeVar("T", bound="ConversationHistoryTranscriptToolCallMcpDetails")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConversationHistoryTranscriptToolCallMcpDetails(Lazy):
    """Attributes:
    mcp_server_id (str):
    mcp_server_name (str):
    integration_type (str):
    approval_policy (str):
    type_ (Literal['mcp'] | Unset):
    parameters (ConversationHistoryTranscriptToolCallMcpDetailsParameters | Unset):
    requires_approval (bool | Unset): Defaults to False on the server.
    mcp_tool_name (str | Unset): Defaults to empty on the server.
    mcp_tool_description (str | Unset): Defaults to empty on the server.
    """

    mcp_server_id: str

    mcp_server_name: str

    integration_type: str

    approval_policy: str

    type_: Literal["mcp"] | Unset = _attrs_field(
        default="mcp",
        kw_only=True,
        alias="type",
        validator=types.tag("ConversationHistoryTranscriptToolCallMcpDetails", "type", "mcp"),
    )

    parameters: ConversationHistoryTranscriptToolCallMcpDetailsParameters | Unset = UNSET

    requires_approval: bool | Unset = UNSET

    mcp_tool_name: str | Unset = UNSET

    mcp_tool_description: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "mcp_server_id",
        "mcp_server_name",
        "integration_type",
        "approval_policy",
    )
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "mcp")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        mcp_server_id = self.mcp_server_id

        mcp_server_name = self.mcp_server_name

        integration_type = self.integration_type

        approval_policy = self.approval_policy

        type_ = self.type_

        parameters: Any
        try:
            parameters = UNSET
            if not isinstance(self.parameters, Unset):
                parameters = self.parameters.to_dict()
        except (AttributeError, TypeError):
            parameters = self.parameters

        requires_approval = self.requires_approval

        mcp_tool_name = self.mcp_tool_name

        mcp_tool_description = self.mcp_tool_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if mcp_server_id is not None or "mcp_server_id" not in self._missing_fields:
            field_dict["mcp_server_id"] = mcp_server_id
        if mcp_server_name is not None or "mcp_server_name" not in self._missing_fields:
            field_dict["mcp_server_name"] = mcp_server_name
        if integration_type is not None or "integration_type" not in self._missing_fields:
            field_dict["integration_type"] = integration_type
        if approval_policy is not None or "approval_policy" not in self._missing_fields:
            field_dict["approval_policy"] = approval_policy
        if type_ is not UNSET:
            field_dict["type"] = type_
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if requires_approval is not UNSET:
            field_dict["requires_approval"] = requires_approval
        if mcp_tool_name is not UNSET:
            field_dict["mcp_tool_name"] = mcp_tool_name
        if mcp_tool_description is not UNSET:
            field_dict["mcp_tool_description"] = mcp_tool_description
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conversation_history_transcript_tool_call_mcp_details = cls.__new__(cls)
        conversation_history_transcript_tool_call_mcp_details.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conversation_history_transcript_tool_call_mcp_details

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


def _read_type_(cls: type[ConversationHistoryTranscriptToolCallMcpDetails], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", UNSET)
    type_ = cast(Literal["mcp"] | Unset, type__raw)
    if type_ != "mcp" and not isinstance(type_, Unset):
        raise ValueError(f"type must match const 'mcp', got '{type_}'")

    return type_


_read_mcp_server_id = plain_reader("mcp_server_id", (str,), "a string", True)

_read_mcp_server_name = plain_reader("mcp_server_name", (str,), "a string", True)

_read_integration_type = plain_reader("integration_type", (str,), "a string", True)

_read_approval_policy = plain_reader("approval_policy", (str,), "a string", True)


def _read_parameters(cls: type[ConversationHistoryTranscriptToolCallMcpDetails], d: Mapping[str, Any]) -> Any:
    parameters_raw = d.get("parameters", UNSET)
    try:
        _parameters = parameters_raw
        parameters: ConversationHistoryTranscriptToolCallMcpDetailsParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = ConversationHistoryTranscriptToolCallMcpDetailsParameters.from_dict(_parameters)
    except (KeyError, TypeError, ValueError, AttributeError):
        parameters = deviating_field(cls, "parameters", parameters_raw)

    return parameters


_read_requires_approval = plain_reader("requires_approval", (bool,), "a boolean", False)

_read_mcp_tool_name = plain_reader("mcp_tool_name", (str,), "a string", False)

_read_mcp_tool_description = plain_reader("mcp_tool_description", (str,), "a string", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "mcp_server_id",
        "mcp_server_name",
        "integration_type",
        "approval_policy",
        "type",
        "parameters",
        "requires_approval",
        "mcp_tool_name",
        "mcp_tool_description",
    )
)


def _read_additional_properties(
    cls: type[ConversationHistoryTranscriptToolCallMcpDetails], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConversationHistoryTranscriptToolCallMcpDetails], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            type_ = _read_type_(cls, d)

    mcp_server_id = d.get("mcp_server_id", MISSING)
    if mcp_server_id.__class__ is not str:
        mcp_server_id = _read_mcp_server_id(cls, d)

    mcp_server_name = d.get("mcp_server_name", MISSING)
    if mcp_server_name.__class__ is not str:
        mcp_server_name = _read_mcp_server_name(cls, d)

    integration_type = d.get("integration_type", MISSING)
    if integration_type.__class__ is not str:
        integration_type = _read_integration_type(cls, d)

    approval_policy = d.get("approval_policy", MISSING)
    if approval_policy.__class__ is not str:
        approval_policy = _read_approval_policy(cls, d)

    if "parameters" in known:
        parameters = known["parameters"]
    else:
        parameters = d.get("parameters", UNSET)
        if parameters is not UNSET:
            parameters = _read_parameters(cls, d)

    requires_approval = d.get("requires_approval", UNSET)
    if requires_approval.__class__ is not bool and requires_approval is not UNSET:
        requires_approval = _read_requires_approval(cls, d)

    mcp_tool_name = d.get("mcp_tool_name", UNSET)
    if mcp_tool_name.__class__ is not str and mcp_tool_name is not UNSET:
        mcp_tool_name = _read_mcp_tool_name(cls, d)

    mcp_tool_description = d.get("mcp_tool_description", UNSET)
    if mcp_tool_description.__class__ is not str and mcp_tool_description is not UNSET:
        mcp_tool_description = _read_mcp_tool_description(cls, d)

    return {
        "mcp_server_id": mcp_server_id,
        "mcp_server_name": mcp_server_name,
        "integration_type": integration_type,
        "approval_policy": approval_policy,
        "type_": type_,
        "parameters": parameters,
        "requires_approval": requires_approval,
        "mcp_tool_name": mcp_tool_name,
        "mcp_tool_description": mcp_tool_description,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ConversationHistoryTranscriptToolCallMcpDetails, type_="type")

set_readers(
    ConversationHistoryTranscriptToolCallMcpDetails,
    _all_fields,
    {
        "mcp_server_id": _read_mcp_server_id,
        "mcp_server_name": _read_mcp_server_name,
        "integration_type": _read_integration_type,
        "approval_policy": _read_approval_policy,
        "type_": _read_type_,
        "parameters": _read_parameters,
        "requires_approval": _read_requires_approval,
        "mcp_tool_name": _read_mcp_tool_name,
        "mcp_tool_description": _read_mcp_tool_description,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_history_transcript_tool_call_mcp_details_parameters import (
    ConversationHistoryTranscriptToolCallMcpDetailsParameters,
)
